/*
 * stdlib.c - numbers from strings, and a pseudo-random generator.
 *
 * rand() is Marsaglia's xorshift64: three shifts and xors, good enough to
 * drive a stress test and, unlike glibc's (a linear additive feedback
 * generator with 31 words of state), small enough to read. Same seed, same
 * sequence, so a failing stress run can be replayed.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static unsigned long long rand_state = 88172645463325252ULL;

void srand(unsigned int seed)
{
	rand_state = 88172645463325252ULL ^ ((unsigned long long)seed << 1);
	if (!rand_state)
		rand_state = 1;
}

int rand(void)
{
	unsigned long long x = rand_state;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	rand_state = x;
	return (int)(x >> 33);		/* 31 bits: 0..RAND_MAX */
}

static int digit(char c, int base)
{
	int d = c >= '0' && c <= '9' ? c - '0' :
		c >= 'a' && c <= 'z' ? c - 'a' + 10 :
		c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;

	return d < base ? d : -1;
}

unsigned long strtoul(const char *s, char **end, int base)
{
	unsigned long v = 0;
	int d;

	while (*s == ' ' || *s == '\t')
		s++;
	if ((base == 0 || base == 16) && s[0] == '0' &&
	    (s[1] == 'x' || s[1] == 'X') && digit(s[2], 16) >= 0) {
		s += 2;
		base = 16;
	} else if (base == 0) {
		base = s[0] == '0' ? 8 : 10;
	}
	for (; (d = digit(*s, base)) >= 0; s++)
		v = v * base + d;
	if (end)
		*end = (char *)s;
	return v;
}

long strtol(const char *s, char **end, int base)
{
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '-')
		return -(long)strtoul(s + 1, end, base);
	if (*s == '+')
		s++;
	return (long)strtoul(s, end, base);
}

long atol(const char *s)
{
	return strtol(s, NULL, 10);
}

int atoi(const char *s)
{
	return (int)strtol(s, NULL, 10);
}

char *getenv(const char *name)
{
	size_t n = strlen(name);
	char **e;

	for (e = environ; e && *e; e++)
		if (!strncmp(*e, name, n) && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}
