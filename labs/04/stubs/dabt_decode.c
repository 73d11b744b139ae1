	/* LAB 04, part dabt: every field of struct dabt from a data abort's
	 * ISS. The bits and shifts are ESR_ISS_DABT_* in sysregs.h;
	 * DABT_FIELD() takes a field out. Mind SAS: it is the log2 of the
	 * access size, and `size` is in bytes. Read: docs/04-stage2.md,
	 * "The data abort ISS, field by field". */
	struct dabt d = { 0 };

	(void)iss;
	return d;
