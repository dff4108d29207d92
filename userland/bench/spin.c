/* spin: a CPU-bound loop that never ends (the load of v6 bench tui). */
main()
{
	for (;;)
		;
}
