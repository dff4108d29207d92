/* A mix: a recursive-descent calculator, a binary tree on malloc, a sieve,
 * N queens, Hanoi, sprintf with widths.  Free of any dependence on the size
 * of int, so the expected output was taken from the host C compiler (gcc)
 * running the same source: an oracle independent of ours. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* recursive descent calculator over a string */
static char *p;
int expr();
int atom() {
	int v = 0, neg = 0;
	while (*p == ' ') p++;
	if (*p == '-') { neg = 1; p++; }
	if (*p == '(') { p++; v = expr(); if (*p == ')') p++; }
	else while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
	while (*p == ' ') p++;
	return neg ? -v : v;
}
int term() {
	int v = atom();
	for (;;) {
		if (*p == '*') { p++; v *= atom(); }
		else if (*p == '/') { p++; v /= atom(); }
		else if (*p == '%') { p++; v %= atom(); }
		else return v;
	}
}
int expr() {
	int v = term();
	while (*p == '+' || *p == '-') {
		char op = *p++;
		int w = term();
		v = op == '+' ? v + w : v - w;
	}
	return v;
}
int eval(char *s) { p = s; return expr(); }

struct node { int key; char name[8]; struct node *left, *right; };
struct node *insert(struct node *t, int key, char *name) {
	if (t == NULL) {
		t = (struct node *)malloc(sizeof *t);
		t->key = key; strcpy(t->name, name); t->left = t->right = NULL;
	} else if (key < t->key) t->left = insert(t->left, key, name);
	else t->right = insert(t->right, key, name);
	return t;
}
void walk(struct node *t, int depth) {
	if (!t) return;
	walk(t->left, depth + 1);
	printf("%*s%d:%s\n", depth * 2, "", t->key, t->name);
	walk(t->right, depth + 1);
}
int height(struct node *t) {
	int a, b;
	if (!t) return 0;
	a = height(t->left); b = height(t->right);
	return 1 + (a > b ? a : b);
}
void freetree(struct node *t) { if (t) { freetree(t->left); freetree(t->right); free(t); } }

int queens(int row, int n, int *cols) {
	int c, r, ok, count = 0;
	if (row == n) return 1;
	for (c = 0; c < n; c++) {
		ok = 1;
		for (r = 0; r < row; r++)
			if (cols[r] == c || cols[r] - c == row - r || c - cols[r] == row - r) { ok = 0; break; }
		if (ok) { cols[row] = c; count += queens(row + 1, n, cols); }
	}
	return count;
}
int hanoi(int n, int a, int b, int c) { return n == 0 ? 0 : hanoi(n-1, a, c, b) + 1 + hanoi(n-1, c, b, a); }

int main() {
	static char *exprs[] = { "1+2*3", "(1+2)*3", "100/7%4", "-5*(3-10)", "2*(3*(4+5))-1", "1000/-3", "-1000%7", 0 };
	char **e; int i, sieve[200], primes = 0, cols[8];
	struct node *root = NULL;
	static char *names[] = { "ann", "bob", "cy", "dee", "eve", "fay", "gus" };
	static int keys[] = { 50, 20, 70, 10, 30, 60, 80, 25, 35, 5 };
	char buf[64];
	for (e = exprs; *e; e++) printf("%s = %d\n", *e, eval(*e));
	for (i = 0; i < 10; i++) root = insert(root, keys[i], names[i % 7]);
	walk(root, 0);
	printf("height %d\n", height(root));
	freetree(root);
	for (i = 0; i < 200; i++) sieve[i] = 1;
	for (i = 2; i < 200; i++) if (sieve[i]) { int j; primes++; for (j = i + i; j < 200; j += i) sieve[j] = 0; }
	printf("primes below 200: %d\n", primes);
	for (i = 4; i <= 8; i++) printf("queens(%d) = %d\n", i, queens(0, i, cols));
	printf("hanoi(10) = %d\n", hanoi(10, 1, 2, 3));
	sprintf(buf, "[%5d|%-5d|%05d|%x|%o|%c|%s]", 42, -42, 42, 255, 8, 'z', "str");
	printf("%s %d\n", buf, (int)strlen(buf));
	return 0;
}
