const { src, dest, parallel } = require('gulp');
const { rm } = require('node:fs/promises');

// tsc compiles the code; the editor also needs the icons, the codex files (*.node.json)
// and the output schemas next to the compiled nodes.
function copyIcons() {
	return src('icons/**/*.svg').pipe(dest('dist/icons'));
}

function copyNodeAssets() {
	return src(['nodes/**/*.svg', 'nodes/**/*.json'], { base: '.' }).pipe(dest('dist'));
}

// A file deleted from the source must not live on in dist/ and be published.
async function clean() {
	await rm('dist', { recursive: true, force: true });
}

exports.clean = clean;
exports['build:assets'] = parallel(copyIcons, copyNodeAssets);
