/* Linked into the graded image only: system registers that QEMU's gdb
 * stub does not show, copied where gdb can read them
 * (call lab_read_regs()). */
#include <stdint.h>
#include "sysregs.h"

uint64_t lab_regs[4];
void lab_read_regs(void);

void lab_read_regs(void)
{
	lab_regs[0] = read_sysreg(ich_hcr_el2);
	lab_regs[1] = read_sysreg(ich_vmcr_el2);
	lab_regs[2] = read_sysreg(ich_lr0_el2);
	lab_regs[3] = read_sysreg(sctlr_el1);
}
