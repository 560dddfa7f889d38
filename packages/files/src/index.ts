// Readers of files as they arrive (DOCX, PDF, legacy encodings): bytes in, text lines for the structure readers out.
export {}
