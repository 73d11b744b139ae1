	/* LAB 03, part sysreg: the fields of a trapped MSR/MRS's ISS (EC
	 * 0x18): Op0, Op1, CRn, CRm, Op2, Rt and the direction; their
	 * shifts are ESR_ISS_SYS_* in sysregs.h. FIELD() helps. Read:
	 * docs/03-el2-vectors.md, "4. Reading an ID register". */
	struct sysreg_access a = { 0 };

	(void)iss;
	return a;
