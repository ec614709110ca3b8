export { default as Field } from './components/Field.svelte';
export { default as UserText } from './components/UserText.svelte';
