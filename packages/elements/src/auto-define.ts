/** Script-tag entry: registers every element under its default tag. */
import { defineElements } from './define.js';

defineElements();
