"""Article → Passage → BM25 terms and vectors → ranked Hit: chunking, tokens, BM25,
embedders, FAISS, lexical evidence and fusion."""
