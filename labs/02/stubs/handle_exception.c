	/* LAB 02, part dispatch: a synchronous exception from EL2 goes to
	 * sync_handlers[] by its exception class (panic if there is no
	 * handler); an IRQ from EL2 to handle_irq(); anything else is a
	 * panic named by kind_names[]. An interrupt leaves ESR_EL2 stale:
	 * clear tf->esr first. Read: docs/02-exceptions.md, "Dispatch".
	 * (The casts only keep the compiler quiet until you use them.) */
	(void)tf;
	(void)kind;
	(void)sync_handlers;
	(void)kind_names;
	(void)handle_irq;
