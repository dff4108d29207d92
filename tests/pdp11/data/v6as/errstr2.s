 <ab> <cd>
