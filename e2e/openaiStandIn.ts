/**
 * A scripted OpenAI-compatible chat model on loopback, for the agent e2e (agent.ts).
 *
 * It answers `POST /v1/chat/completions` (plain JSON, or server-sent events when the client asks
 * for `stream: true`) with whatever the current script returns, and `GET /v1/models`. Every
 * request it receives is recorded with its parsed body, so a test can read exactly what n8n's
 * AI Agent sent the model: the tools it offered, and the tool results it gave back.
 *
 * The API key is checked, never recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatMessage {
	role: 'system' | 'user' | 'assistant' | 'tool' | string;
	content?: unknown;
	tool_calls?: Array<{ id: string; type: string; function: { name: string; arguments: string } }>;
	tool_call_id?: string;
	name?: string;
}

export interface OfferedTool {
	type: string;
	function: { name: string; description?: string; parameters?: { properties?: Record<string, { type?: string; description?: string }>; required?: string[] } };
}

export interface ChatRequestBody {
	model?: string;
	messages: ChatMessage[];
	tools?: OfferedTool[];
	stream?: boolean;
	[key: string]: unknown;
}

export interface RecordedRequest {
	method: string;
	path: string;
	/** Whether the `Authorization: Bearer ...` header carried the expected key. */
	authorized: boolean;
	body?: ChatRequestBody;
}

/** What the model "says": tool calls, or a final text. */
export type ScriptedAnswer =
	| { toolCalls: Array<{ id: string; name: string; arguments: Record<string, unknown> }> }
	| { content: string };

export type Script = (request: ChatRequestBody, index: number) => ScriptedAnswer;

export class OpenAiStandIn {
	readonly requests: RecordedRequest[] = [];
	private script: Script = () => ({ content: 'no script set' });
	private chatCount = 0;

	private constructor(
		private readonly server: Server,
		readonly apiKey: string,
	) {}

	static async start(apiKey = 'sk-e2e-stand-in'): Promise<OpenAiStandIn> {
		const holder: { standIn?: OpenAiStandIn } = {};
		const server = createServer((request, response) => {
			holder.standIn!.handle(request, response).catch((error: unknown) => {
				response.writeHead(500, { 'content-type': 'application/json' });
				response.end(JSON.stringify({ error: { message: String(error), type: 'stand_in_error' } }));
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		holder.standIn = new OpenAiStandIn(server, apiKey);
		return holder.standIn;
	}

	/** The base URL to put in n8n's OpenAI credential (`url`), ending in /v1. */
	get baseUrl(): string {
		return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
	}

	/** Chat completion requests only, in order. */
	get chatRequests(): ChatRequestBody[] {
		return this.requests.filter((r) => r.path.endsWith('/chat/completions') && r.body).map((r) => r.body!);
	}

	/** Replaces the script and forgets what was recorded. */
	reset(script: Script): void {
		this.script = script;
		this.requests.length = 0;
		this.chatCount = 0;
	}

	async close(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise((resolve) => this.server.close(resolve));
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		const raw = Buffer.concat(chunks).toString('utf8');
		const path = (request.url ?? '/').split('?')[0];
		const authorized = request.headers.authorization === `Bearer ${this.apiKey}`;
		let body: ChatRequestBody | undefined;
		try {
			body = raw ? (JSON.parse(raw) as ChatRequestBody) : undefined;
		} catch {
			body = undefined;
		}
		this.requests.push({ method: request.method ?? '', path, authorized, body });

		if (!authorized) {
			sendJson(response, 401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } });
			return;
		}
		if (request.method === 'GET' && path.endsWith('/models')) {
			sendJson(response, 200, { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model', created: 0, owned_by: 'stand-in' }] });
			return;
		}
		if (request.method !== 'POST' || !path.endsWith('/chat/completions') || !body) {
			sendJson(response, 404, { error: { message: `The stand-in does not serve ${request.method} ${path}`, type: 'invalid_request_error' } });
			return;
		}

		const index = this.chatCount++;
		const answer = this.script(body, index);
		const id = `chatcmpl-standin-${index + 1}`;
		const created = Math.floor(Date.now() / 1000);
		const model = body.model ?? 'gpt-4o-mini';
		const message =
			'toolCalls' in answer
				? {
						role: 'assistant',
						content: null,
						tool_calls: answer.toolCalls.map((call) => ({
							id: call.id,
							type: 'function',
							function: { name: call.name, arguments: JSON.stringify(call.arguments) },
						})),
					}
				: { role: 'assistant', content: answer.content };
		const finishReason = 'toolCalls' in answer ? 'tool_calls' : 'stop';
		const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };

		if (!body.stream) {
			sendJson(response, 200, { id, object: 'chat.completion', created, model, choices: [{ index: 0, message, finish_reason: finishReason, logprobs: null }], usage });
			return;
		}
		response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
		const event = (delta: unknown, finish: string | null, extra: Record<string, unknown> = {}) =>
			response.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }], ...extra })}\n\n`);
		if ('toolCalls' in answer) {
			event({ role: 'assistant', content: null, tool_calls: message.tool_calls!.map((call, i) => ({ index: i, ...call })) }, null);
		} else {
			event({ role: 'assistant', content: answer.content }, null);
		}
		event({}, finishReason, { usage });
		response.end('data: [DONE]\n\n');
	}
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
	const text = JSON.stringify(value);
	response.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
	response.end(text);
}

/** The text of a message's content, whether a string or a list of parts. */
export function messageText(message: ChatMessage | undefined): string {
	if (!message) return '';
	if (typeof message.content === 'string') return message.content;
	if (Array.isArray(message.content)) {
		return message.content.map((part) => (typeof part === 'string' ? part : ((part as { text?: string }).text ?? ''))).join('');
	}
	return message.content === undefined || message.content === null ? '' : JSON.stringify(message.content);
}
