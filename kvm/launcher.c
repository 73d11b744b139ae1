/*
 * A minimal KVM launcher for arm64: one VM, one vCPU, one memory slot,
 * an in-kernel GICv3, and a run loop that answers the exits KVM leaves
 * to user space. Written against the documented KVM API
 * (Documentation/virt/kvm/api.rst, devices/arm-vgic-v3.rst).
 *
 *   launcher [--no-perf] GUEST.bin
 *
 * loads the raw image at RAM_BASE_IPA, starts the vCPU there at EL1,
 * prints the guest's console lines, and, when the guest powers off
 * (PSCI SYSTEM_OFF), the instructions per operation of `make bench-kvm`
 * (vmm.c). With perf (the default) it also counts, for each operation,
 * the instructions the host retired at each exception level.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <linux/perf_event.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "layout.h"
#include "vmm.h"

static void __attribute__((noreturn, format(printf, 1, 2))) die(const char *fmt, ...)
{
	va_list ap;
	int err = errno;

	fputs("launcher: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	if (err != 0)
		fprintf(stderr, ": %s", strerror(err));
	fputc('\n', stderr);
	exit(1);
}

/* ioctl, and die naming it when it fails. */
#define xioctl(fd, req, arg) ({ \
	errno = 0; \
	int r_ = ioctl((fd), (req), (arg)); \
	if (r_ < 0) die("%s", #req); \
	r_; })

/* ---- the host's instruction counters: one perf group ---- */
struct perf {
	int fd[CNT_N];
};

static int perf_open(struct perf_event_attr *attr, int group)
{
	return (int)syscall(SYS_perf_event_open, attr, 0, -1, group, 0);
}

/* Four counts of instructions retired by this thread, all levels of the
 * host and the guest it runs (see vmm.h for what each one covers). The
 * flags are perf's; the arm64 PMU driver turns them into PMEVTYPER
 * filters, and KVM switches a counter off in the guest only when its
 * exclude_host and exclude_guest differ. */
static int perf_init(struct perf *p)
{
	static const struct { int user, kernel, hv, guest; } ex[CNT_N] = {
		[CNT_USER]   = { 0, 1, 1, 0 },
		[CNT_KERNEL] = { 1, 0, 1, 0 },
		[CNT_HOST]   = { 1, 0, 1, 1 },
		[CNT_ALL]    = { 0, 0, 0, 0 },
	};
	for (int i = 0; i < CNT_N; i++) {
		struct perf_event_attr a;
		memset(&a, 0, sizeof(a));
		a.size = sizeof(a);
		a.type = PERF_TYPE_HARDWARE;
		a.config = PERF_COUNT_HW_INSTRUCTIONS;
		a.read_format = PERF_FORMAT_GROUP | PERF_FORMAT_TOTAL_TIME_ENABLED |
				PERF_FORMAT_TOTAL_TIME_RUNNING;
		a.pinned = i == 0;      /* the group counts all the time, or fails */
		a.exclude_user = (unsigned)ex[i].user;
		a.exclude_kernel = (unsigned)ex[i].kernel;
		a.exclude_hv = (unsigned)ex[i].hv;
		a.exclude_guest = (unsigned)ex[i].guest;
		p->fd[i] = perf_open(&a, i == 0 ? -1 : p->fd[0]);
		if (p->fd[i] < 0)
			return -1;
	}
	return 0;
}

static void perf_read(const struct perf *p, struct counts *c)
{
	uint64_t buf[3 + CNT_N];

	if (read(p->fd[0], buf, sizeof(buf)) != (ssize_t)sizeof(buf) || buf[0] != CNT_N)
		die("reading the perf counters");
	if (buf[1] != buf[2])
		die("the perf counters were not counting all the time "
		    "(enabled %llu ns, running %llu ns)",
		    (unsigned long long)buf[1], (unsigned long long)buf[2]);
	for (int i = 0; i < CNT_N; i++)
		c->v[i] = buf[3 + i];
}

/* ---- the VM ---- */
struct vm {
	int kvm, fd, vcpu, gic;
	struct kvm_run *run;
	uint8_t *ram;
};

static void set_attr(int fd, uint32_t group, uint64_t attr, void *addr, const char *what)
{
	struct kvm_device_attr a = { .group = group, .attr = attr, .addr = (uintptr_t)addr };

	errno = 0;
	if (ioctl(fd, KVM_SET_DEVICE_ATTR, &a) < 0)
		die("KVM_SET_DEVICE_ATTR %s", what);
}

static void set_reg(int vcpu, uint64_t id, uint64_t value)
{
	struct kvm_one_reg r = { .id = id, .addr = (uintptr_t)&value };

	xioctl(vcpu, KVM_SET_ONE_REG, &r);
}

static uint64_t get_reg(int vcpu, uint64_t id)
{
	uint64_t value = 0;
	struct kvm_one_reg r = { .id = id, .addr = (uintptr_t)&value };

	if (ioctl(vcpu, KVM_GET_ONE_REG, &r) < 0)
		return 0;
	return value;
}

#define CORE_REG(x) (KVM_REG_ARM64 | KVM_REG_SIZE_U64 | KVM_REG_ARM_CORE | \
		     KVM_REG_ARM_CORE_REG(x))

static void vm_create(struct vm *vm, const char *image)
{
	vm->kvm = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (vm->kvm < 0)
		die("/dev/kvm (is the kernel running at EL2, with KVM?)");
	if (xioctl(vm->kvm, KVM_GET_API_VERSION, 0) != KVM_API_VERSION)
		die("KVM API version is not %d", KVM_API_VERSION);
	vm->fd = xioctl(vm->kvm, KVM_CREATE_VM, 0);

	/* RAM: anonymous memory, so the guest finds zeros beyond its image. */
	vm->ram = mmap(NULL, RAM_SIZE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (vm->ram == MAP_FAILED)
		die("mmap guest RAM");
	int fd = open(image, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0)
		die("%s", image);
	if (st.st_size == 0 || (uint64_t)st.st_size > RAM_SIZE) {
		errno = 0;
		die("%s: %lld bytes; a guest image has 1 to %lu", image,
		    (long long)st.st_size, (unsigned long)RAM_SIZE);
	}
	for (off_t done = 0; done < st.st_size;) {
		ssize_t n = read(fd, vm->ram + done, (size_t)(st.st_size - done));
		if (n <= 0)
			die("reading %s", image);
		done += n;
	}
	close(fd);
	struct kvm_userspace_memory_region slot = {
		.slot = 0,
		.guest_phys_addr = RAM_BASE_IPA,
		.memory_size = RAM_SIZE,
		.userspace_addr = (uintptr_t)vm->ram,
	};
	xioctl(vm->fd, KVM_SET_USER_MEMORY_REGION, &slot);

	/* The vGICv3, emulated in the kernel: distributor and the one
	 * redistributor where the guest expects them. */
	struct kvm_create_device gic = { .type = KVM_DEV_TYPE_ARM_VGIC_V3 };
	errno = 0;
	if (ioctl(vm->fd, KVM_CREATE_DEVICE, &gic) < 0)
		die("KVM_CREATE_DEVICE (vGICv3)");
	vm->gic = (int)gic.fd;
	uint64_t dist = GICD_BASE, redist = GICR_BASE;
	set_attr(vm->gic, KVM_DEV_ARM_VGIC_GRP_ADDR, KVM_VGIC_V3_ADDR_TYPE_DIST,
		 &dist, "distributor address");
	set_attr(vm->gic, KVM_DEV_ARM_VGIC_GRP_ADDR, KVM_VGIC_V3_ADDR_TYPE_REDIST,
		 &redist, "redistributor address");

	/* The vCPU, of the kind KVM prefers on this host, with PSCI 0.2 so
	 * that SYSTEM_OFF exits to us. */
	vm->vcpu = xioctl(vm->fd, KVM_CREATE_VCPU, 0);
	int size = xioctl(vm->kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
	vm->run = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_SHARED, vm->vcpu, 0);
	if (vm->run == MAP_FAILED)
		die("mmap kvm_run");
	struct kvm_vcpu_init init;
	xioctl(vm->fd, KVM_ARM_PREFERRED_TARGET, &init);
	init.features[0] |= 1U << KVM_ARM_VCPU_PSCI_0_2;
	xioctl(vm->vcpu, KVM_ARM_VCPU_INIT, &init);

	/* Every vCPU exists: the vGIC can be initialised. */
	set_attr(vm->gic, KVM_DEV_ARM_VGIC_GRP_CTRL, KVM_DEV_ARM_VGIC_CTRL_INIT,
		 NULL, "CTRL_INIT");

	/* KVM_ARM_VCPU_INIT reset the vCPU to EL1h with DAIF masked. */
	set_reg(vm->vcpu, CORE_REG(regs.pc), RAM_BASE_IPA);
}

/* ---- the run loop ---- */
struct ctx {
	struct vm *vm;
	struct perf perf;
	bool perf_on;
	struct uart uart;
	struct bench bench;
	unsigned long aborts;           /* accesses where nothing is */
};

static void guest_line(void *arg, const char *line)
{
	struct ctx *c = arg;
	char err[256];

	printf("%s\n", line);
	fflush(stdout);
	if (bench_line(&c->bench, line, err, sizeof(err)) < 0) {
		errno = 0;
		die("guest: %s", err);
	}
}

/* Where nothing is mapped: tell the guest with a synchronous external
 * abort, as a bus with nothing at an address would. Reported once. */
static void inject_abort(struct ctx *c, const struct mmio_access *a)
{
	struct kvm_vcpu_events ev;

	if (c->aborts++ == 0)
		printf("launcher: guest %s of %u bytes at IPA 0x%llx, pc 0x%llx: "
		       "nothing there, data abort injected (reported once)\n",
		       a->write ? "write" : "read", a->len,
		       (unsigned long long)a->addr,
		       (unsigned long long)get_reg(c->vm->vcpu, CORE_REG(regs.pc)));
	memset(&ev, 0, sizeof(ev));
	ev.exception.ext_dabt_pending = 1;
	xioctl(c->vm->vcpu, KVM_SET_VCPU_EVENTS, &ev);
}

static void handle_mmio(struct ctx *c)
{
	struct kvm_run *run = c->vm->run;
	struct mmio_access a;
	uint64_t offset, value = 0;

	if (mmio_decode(run->mmio.phys_addr, run->mmio.data, run->mmio.len,
			run->mmio.is_write, &a) < 0) {
		errno = 0;
		die("MMIO exit with length %u at 0x%llx", run->mmio.len,
		    (unsigned long long)run->mmio.phys_addr);
	}
	switch (device_at(a.addr, &offset)) {
	case DEV_UART:
		value = uart_access(&c->uart, offset, &a);
		break;
	case DEV_BENCH:
		if (a.write && offset == BENCH_MARK) {
			struct counts now;
			if (c->perf_on)
				perf_read(&c->perf, &now);
			if (bench_mark(&c->bench, (uint32_t)a.value,
				       c->perf_on ? &now : NULL) < 0) {
				errno = 0;
				die("guest: bench mark %llu out of order",
				    (unsigned long long)a.value);
			}
		}
		break;
	case DEV_NONE:
		inject_abort(c, &a);
		return;
	}
	if (!a.write)
		mmio_complete_read(run->mmio.data, a.len, value);
}

int main(int argc, char **argv)
{
	static struct vm vm;
	static struct ctx c;
	struct options o;
	char err[256];

	if (parse_args(argc, argv, &o, err, sizeof(err)) < 0) {
		fprintf(stderr, "launcher: %s\nusage: launcher [--no-perf] GUEST.bin\n", err);
		return 2;
	}
	c.vm = &vm;
	c.uart.line_done = guest_line;
	c.uart.ctx = &c;
	if (o.perf) {
		if (perf_init(&c.perf) < 0)
			die("perf_event_open (--no-perf runs without the host's counters)");
		c.perf_on = true;
	}
	vm_create(&vm, o.image);

	for (;;) {
		errno = 0;
		if (ioctl(vm.vcpu, KVM_RUN, 0) < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			die("KVM_RUN");
		}
		switch (vm.run->exit_reason) {
		case KVM_EXIT_MMIO:
			handle_mmio(&c);
			break;
		case KVM_EXIT_SYSTEM_EVENT:
			if (vm.run->system_event.type != KVM_SYSTEM_EVENT_SHUTDOWN) {
				errno = 0;
				die("guest asked for system event %u, not a power off",
				    vm.run->system_event.type);
			}
			if (c.aborts != 0)
				printf("launcher: %lu data aborts injected in all\n", c.aborts);
			printf("launcher: guest powered off\n");
			bench_print(&c.bench, stdout);
			return 0;
		default:
			errno = 0;
			die("unexpected exit reason %u at pc 0x%llx", vm.run->exit_reason,
			    (unsigned long long)get_reg(vm.vcpu, CORE_REG(regs.pc)));
		}
	}
}
