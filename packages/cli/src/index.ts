export { EXIT } from './exit-codes';
