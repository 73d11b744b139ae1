/*
 * Print the virtual counter, CNTVCT_EL0, in decimal: for `make bench`,
 * where QEMU's -icount makes it count one tick every 16 instructions
 * since reset, natively and under the hypervisor (CNTVOFF_EL2 = 0). No C
 * library: two system calls, write and exit.
 */
#define SYS_WRITE 64
#define SYS_EXIT  93

static long syscall3(long nr, long a, long b, long c)
{
	register long x8 __asm__("x8") = nr;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;

	__asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
	return x0;
}

void _start(void)
{
	char buf[24];
	unsigned long v;
	int i = sizeof(buf);

	__asm__ volatile("isb\n\tmrs %0, cntvct_el0" : "=r"(v));
	buf[--i] = '\n';
	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	syscall3(SYS_WRITE, 1, (long)(buf + i), (long)(sizeof(buf) - i));
	syscall3(SYS_EXIT, 0, 0, 0);
}
