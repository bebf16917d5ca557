#!/usr/bin/env python3
"""Random patterns and inputs for oracle-probe.py: random-patterns.py general|classes SEED COUNT
prints COUNT patterns, each with a few random inputs, as "pattern<TAB>input" lines."""
import random, sys

random.seed(int(sys.argv[2]))
if sys.argv[1] == "general":
    ATOMS = ['a','b','A','é','K','ß','\\x{212A}','.','\\d','\\w','\\s','\\W','\\S','[a-c]','[^a]','[[:alpha:]]','\\p{Lu}','\\pL','[\\w--a]','[a-z&&[^b]]','^','$','\\b','\\B','\\n','1','_','-','[é-ë]','\\h','(?i)','(?m)','(?s)','(?-i)','(?U)','(?x) ','(?i:a)','\\A','\\z']
    HARD = ['(?=a)','(?!b)','(?<=a)','(?<!b)','\\1']
    def piece(d):
        r = random.random()
        if r < 0.15 and d < 3:
            inner = seq(d+1)
            g = random.choice(['(%s)','(?:%s)','(%s|%s)' ])
            a = g % ((inner,) if g.count('%s')==1 else (inner, seq(d+1)))
        elif r < 0.2:
            a = random.choice(HARD)
        else:
            a = random.choice(ATOMS)
        if random.random() < 0.3 and not a.startswith('(?') or (a.startswith('(') and not a.startswith('(?') and random.random()<0.5):
            a += random.choice(['*','+','?','{2}','{1,2}','{,2}','*?','+?','??','{2,}'])
        return a
    def seq(d):
        return ''.join(piece(d) for _ in range(random.randint(1,4)))
    ALPH = ['a','b','A','B',' ','é','É','K','k','ß','\\n','1','_','-','!','\\u212a','ẞ']
    for _ in range(int(sys.argv[3])):
        p = seq(0)
        for _ in range(2):
            s = ''.join(random.choice(ALPH) for _ in range(random.randint(0,6)))
            print(p + '\t' + s)
else:
    ITEMS = ['a','z','-','^',']','[','&','~','\\-','\\]','\\[','\\d','\\W','\\pL','\\p{Greek}','[:alpha:]','[:^digit:]','a-c','K-k','\\x{41}-\\x{5A}','é','&&','--','~~','[a-c]','[^b]','\\h','\\n',' ','\\b','\\A','.','$','k','ſ']
    ALPH = ['a','b','c','z','A','K','k','-','^',']','[','&','~','5','é','α',' ','\\n','\\u212a','ſ','\\b','.','$']
    for _ in range(int(sys.argv[3])):
        body = ''.join(random.choice(ITEMS) for _ in range(random.randint(1,5)))
        p = random.choice(['','','(?i)']) + '[' + random.choice(['','^']) + body + ']' + random.choice(['','',']','+'])
        for _ in range(3):
            print(p + '\t' + random.choice(ALPH))
