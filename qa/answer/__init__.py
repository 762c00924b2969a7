"""Question → Answer: the question analysed once, answer sentences chosen from the hits,
quoted with citations, or withheld."""
