const { src, dest, parallel } = require('gulp');

// tsc compiles the code; the editor also needs the icons, the codex files (*.node.json)
// and the output schemas next to the compiled nodes.
function copyIcons() {
	return src('icons/**/*.svg').pipe(dest('dist/icons'));
}

function copyNodeAssets() {
	return src(['nodes/**/*.svg', 'nodes/**/*.json'], { base: '.' }).pipe(dest('dist'));
}

exports['build:assets'] = parallel(copyIcons, copyNodeAssets);
