/ names longer than 8 characters (V6 kept 8 in its table but hashed all of them)
abcdefghij = 2
abcdefghij = 3
abcdefghijklmnopqrstuvwxyz = 4
abcdefghijklmnopqrstuvwxyy = 5
abcdefghi = 6
 abcdefghijklmnopqrstuvwxyz; abcdefghijklmnopqrstuvwxyy; abcdefghi; abcdefghij
