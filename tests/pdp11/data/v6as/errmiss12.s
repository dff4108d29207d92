 sys
