/*
 * The DTB format (Devicetree Specification, chapter 5): a header, a
 * structure block of 4-byte-aligned tokens, a strings block of
 * property names. All numbers big-endian.
 *
 *   FDT_BEGIN_NODE  name, NUL-terminated, padded to 4 bytes
 *   FDT_PROP        u32 length, u32 name offset in strings, the value
 *   FDT_END_NODE, FDT_NOP, FDT_END
 */
#include <stdbool.h>
#include "fdt.h"

#define FDT_MAGIC       0xd00dfeedU
#define FDT_BEGIN_NODE  1U
#define FDT_END_NODE    2U
#define FDT_PROP        3U
#define FDT_NOP         4U
#define FDT_END         9U

/* Header fields, by byte offset. */
#define FDT_TOTALSIZE   4
#define FDT_OFF_STRUCT  8
#define FDT_OFF_STRINGS 12
#define FDT_SIZE_STRINGS 32
#define FDT_SIZE_STRUCT 36
#define FDT_HEADER_SIZE 40

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Is the NUL-terminated string at s[0..n) equal to want? */
static bool name_is(const unsigned char *s, size_t n, const char *want)
{
	size_t i = 0;

	for (; i < n && want[i] != '\0'; i++)
		if (s[i] != (unsigned char)want[i])
			return false;
	return i < n && want[i] == '\0' && s[i] == '\0';
}

const char *fdt_set_u64(void *fdt, size_t len, const char *node,
			const char *prop, uint64_t v)
{
	unsigned char *b = fdt;
	size_t pos, end, strings, strings_len;
	unsigned depth = 0;
	bool in_node = false;

	if (len < FDT_HEADER_SIZE || be32(b) != FDT_MAGIC)
		return "not a device tree blob (no magic number)";
	if (be32(b + FDT_TOTALSIZE) > len)
		return "the device tree is truncated";
	len = be32(b + FDT_TOTALSIZE);
	pos = be32(b + FDT_OFF_STRUCT);
	strings = be32(b + FDT_OFF_STRINGS);
	strings_len = be32(b + FDT_SIZE_STRINGS);
	if (pos > len || be32(b + FDT_SIZE_STRUCT) > len - pos ||
	    strings > len || strings_len > len - strings || pos % 4 != 0)
		return "the device tree's blocks lie outside it";
	end = pos + be32(b + FDT_SIZE_STRUCT);

	while (pos <= end && end - pos >= 4) {
		uint32_t token = be32(b + pos);
		size_t n;

		pos += 4;
		switch (token) {
		case FDT_BEGIN_NODE:
			for (n = 0; pos + n < end && b[pos + n] != '\0'; n++)
				;
			if (pos + n == end)
				return "a node name runs off the structure block";
			depth++;
			in_node = depth == 2 && name_is(b + pos, n + 1, node);
			pos += (n + 1 + 3) & ~(size_t)3;
			break;
		case FDT_END_NODE:
			if (depth == 0)
				return "more nodes end than begin";
			depth--;
			in_node = false;
			break;
		case FDT_PROP: {
			uint32_t vlen, nameoff;

			if (end - pos < 8)
				return "a property runs off the structure block";
			vlen = be32(b + pos);
			nameoff = be32(b + pos + 4);
			pos += 8;
			if (vlen > end - pos)
				return "a property's value runs off the structure block";
			if (in_node && nameoff < strings_len &&
			    name_is(b + strings + nameoff, strings_len - nameoff, prop)) {
				if (vlen != 8)
					return "the property is not 8 bytes long";
				for (unsigned i = 0; i < 8; i++)
					b[pos + i] = (unsigned char)(v >> (56 - 8 * i));
				return 0;
			}
			pos += ((size_t)vlen + 3) & ~(size_t)3;
			break;
		}
		case FDT_NOP:
			break;
		case FDT_END:
			return "no such property in the device tree";
		default:
			return "an unknown token in the device tree";
		}
	}
	return "no such property in the device tree";
}
