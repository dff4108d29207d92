"""The V6 kernel (stage two): processes, scheduling, system calls, pipes, tty, exec."""
