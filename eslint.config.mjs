import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';

// The layers of docs/architecture.md. Each top folder of src/ is an element; a few single files
// are layers of their own (the entry point, the settings) or the part of a folder another layer
// may read (the page's protocol, the emulator's entry point).
const FOLDERS = ['commands', 'views', 'profiles', 'inventory', 'terraform', 'cloud', 'model', 'webview', 'emulator'];
const inFolder = (type) => ({ element: { type } });
const file = (type, path) => ({ element: { type }, file: { path } });
const LAYER = {
  extension: file('root', 'src/extension.ts'),
  settings: file('root', 'src/settings.ts'),
  ...Object.fromEntries(FOLDERS.map((folder) => [folder, inFolder(folder)])),
  // What the host and the page both read: the message protocol, request/reply, and the ids and
  // meta names the host's HTML carries. The rest of webview/ is the page, private to it.
  pageShared: file('webview', 'src/webview/{protocol,requestReply,pageDocument}.ts'),
  // The sandbox runs the emulator in the extension host, through its entry point only.
  emulatorEntry: file('emulator', 'src/emulator/index.ts'),
};
// Top to bottom: what each layer may import besides itself.
const LAYER_IMPORTS = {
  extension: ['settings', 'commands', 'views', 'profiles', 'inventory', 'terraform', 'cloud', 'model'],
  settings: [],
  commands: ['views', 'profiles', 'inventory', 'terraform', 'cloud', 'model'],
  views: ['pageShared', 'profiles', 'inventory', 'terraform', 'cloud', 'model'],
  profiles: ['emulatorEntry', 'inventory', 'cloud', 'model'],
  inventory: ['cloud', 'model'],
  terraform: ['model'],
  cloud: ['model'],
  model: [],
  webview: ['model'],
  emulator: ['model'],
};
const LAYER_POLICIES = Object.entries(LAYER_IMPORTS).map(([layer, imports]) => ({
  from: LAYER[layer],
  allow: { to: [LAYER[layer], ...imports.map((lower) => LAYER[lower])] },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'dist-vsix/**', '.test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='eval']", message: 'no eval' }],
    },
  },
  {
    // The pure layers are tested in plain Node and must never reach for the editor API.
    files: ['src/model/**/*.ts', 'src/inventory/**/*.ts', 'src/terraform/**/*.ts', 'src/cloud/**/*.ts', 'src/emulator/**/*.ts', 'src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'this layer must not import vscode' }] }],
    },
  },
  {
    // The layers of docs/architecture.md ("Layers"): a layer imports only the layers below it.
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.js'] } },
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': [
        ...FOLDERS.map((folder) => ({ type: folder, pattern: `src/${folder}`, partialMatch: false })),
        { type: 'root', pattern: 'src', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: LAYER_POLICIES }],
      // Nothing under src/ imports files from outside it.
      'boundaries/no-unknown-dependencies': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.cjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', fetch: 'readonly', AbortController: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
