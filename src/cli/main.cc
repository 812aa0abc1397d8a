#include <cstdio>
int main() { std::puts("parley"); return 0; }
