 sys; 3
