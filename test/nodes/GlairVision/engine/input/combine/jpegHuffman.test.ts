import { readHuffmanTables, type HuffmanTables } from '../../../../../../nodes/GlairVision/engine/input/combine/jpegHuffman';

describe('readHuffmanTables', () => {
	it('reads several tables from one segment, and refuses a malformed one', () => {
		const tables: HuffmanTables = new Map();
		const oneCode = (tableClassAndId: number) => Buffer.from([tableClassAndId, 1, ...Array<number>(15).fill(0), 7]);
		readHuffmanTables(Buffer.concat([oneCode(0x00), oneCode(0x13)]), tables);
		expect([...tables.keys()]).toEqual([0, 7]);
		expect(tables.get(7)?.values).toEqual(Uint8Array.from([7]));
		// Three codes of length 1 do not exist.
		expect(() => readHuffmanTables(Buffer.from([0x00, 3, ...Array<number>(15).fill(0), 1, 2, 3]), tables)).toThrow('a Huffman table is malformed');
		expect(() => readHuffmanTables(Buffer.from([0x24, 1]), tables)).toThrow('a Huffman table is malformed');
	});
});
