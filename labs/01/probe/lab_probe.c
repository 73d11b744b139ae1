/* Linked into the graded image only: a .bss the grader can dirty. */
unsigned long lab_bss_probe[32];
