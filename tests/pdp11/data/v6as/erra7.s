 mark 100
