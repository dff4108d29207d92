/* nop: the trivial child of v6 bench models; it exits at once. */
int main(void)
{
	return 0;
}
