	/* LAB 06, part dist: the guest writes one of the registers with a
	 * bit per INTID (as bits_read()). IGROUPR is written as it is; a
	 * set-register (ISENABLER, ISPENDR, ISACTIVER) sets the bits
	 * written as 1, a clear-register (ICENABLER, ICPENDR, ICACTIVER)
	 * clears them, and the bits written as 0 change nothing. Pending
	 * and active may be held in a list register: clear_state() and
	 * set_active() change them where they are. Then whatever the change
	 * lets through goes to the guest (flush()). Read: docs/06-linux.md,
	 * "The distributor as emulated: vgic.c" and "Who raises what". */
	(void)reg;
	(void)mask;
	(void)shift;
	(void)value;
	(void)clear_state;
	(void)set_active;
