	/* LAB 06, part overflow: hand what waits in software to the guest,
	 * lowest INTID first, as far as there are list registers. What
	 * waits: the INTIDs pending or active here, and level-sensitive
	 * lines that are high (vgic.level but not vgic.edge), if
	 * deliverable(). One a list register already holds (lr_find()): an
	 * edge that came again adds its state there (not if it is HW).
	 * Otherwise a free list register (lr_free()) gets lr_value() (a
	 * high line goes as pending), counted in vgic.delivered. Either
	 * way it no longer waits here: clear it from pending, active and
	 * hw. With no list register free, stop: the rest waits, and
	 * vgic_lr_underflow() asks for the maintenance interrupt exactly
	 * while something does. Read: docs/06-linux.md, "More pending
	 * interrupts than list registers" and "Level interrupts, and the
	 * maintenance interrupt". */
	(void)deliverable;
	(void)lr_free;
	(void)lr_value;
