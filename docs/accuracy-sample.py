# Print a stratified random sample of findings with the source and translation lines, for hand review.
import json,random,sys,collections,os
# usage: accuracy-sample.py SITE-NAME SITE-DIR N [SEED] [REPORT.json] [OUT-DIR]
#    or: accuracy-sample.py --blocks N SITE-NAME=SITE-DIR ...  (issue 14: N missing-block and N extra-block
#        findings per site from /tmp/SITE-NAME.json, seed 14, 6 lines of context; writes /tmp/sample-blocks.txt)
#    or: accuracy-sample.py --blocks N --seed S --out FILE SITE-NAME=SITE-DIR ...  (another draw, another file)
if sys.argv[1] == '--blocks':
    n = int(sys.argv[2])
    args = sys.argv[3:]
    seed, dest = 14, '/tmp/sample-blocks.txt'
    while args and args[0] in ('--seed', '--out'):
        if args[0] == '--seed': seed = int(args[1])
        else: dest = args[1]
        args = args[2:]
    random.seed(seed)
    out = []
    for arg in args:
        site, root = arg.split('=', 1)
        fs = json.load(open(f'/tmp/{site}.json'))['findings']
        for rule in ('missing-block', 'extra-block'):
            pool = sorted((f for f in fs if f['rule'] == rule), key=lambda f: (f['file'], f['line'], f['message']))
            for f in random.sample(pool, min(n, len(pool))):
                out.append((site, root, f))
    def lines(root, path, no, ctx):
        try:
            L = open(os.path.join(root, path), encoding='utf-8').read().split('\n')
        except Exception as e:
            return f'      ({e})'
        return '\n'.join(f'      {i+1}: {L[i][:200]}' for i in range(max(0, no-1-ctx), min(len(L), no+ctx)))
    text = []
    for k, (site, root, f) in enumerate(out):
        text.append(f"#{k} {site} [{f['rule']}] {f['file']}:{f['line']} {f['message'][:300]}")
        src = f.get('source') or {}
        if src.get('file') and src.get('line'): text.append('   S:\n' + lines(root, src['file'], src['line'], 6))
        if f['line']: text.append('   T:\n' + lines(root, f['file'], f['line'], 6))
    open(dest, 'w').write('\n'.join(text))
    print(len(out), collections.Counter((s, f['rule']) for s, _, f in out))
    sys.exit(0)
site, root, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 2026
report = sys.argv[5] if len(sys.argv) > 5 else f'/tmp/{site}.json'
outdir = sys.argv[6] if len(sys.argv) > 6 else '/tmp'
fs=json.load(open(report))['findings']
random.seed(seed)
by=collections.defaultdict(list)
for f in fs: by[f['rule']].append(f)
# every rule represented: at least min(3, count) per rule, the rest proportional
sample=[]
for r,l in by.items(): sample += random.sample(l, min(3,len(l)))
rest=[f for f in fs if f not in sample]
sample += random.sample(rest, max(0, n-len(sample)))
sample.sort(key=lambda f:(f['rule'],f['file'],f['line']))
def line(path, no, ctx=0):
    try:
        L=open(os.path.join(root,path),encoding='utf-8').read().split('\n')
        return '\n'.join(f'      {i+1}: {L[i][:300]}' for i in range(max(0,no-1-ctx), min(len(L),no+ctx)))
    except Exception as e: return f'      ({e})'
out=[]
for k,f in enumerate(sample):
    out.append(f"#{k} [{f['rule']}] {f['file']}:{f['line']}:{f['column']} {f['message'][:400]}")
    src=f.get('source') or {}
    if src.get('file') and src.get('line'): out.append('   S:\n'+line(src['file'],src['line']))
    if f['line']: out.append('   T:\n'+line(f['file'],f['line']))
open(f'{outdir}/sample-{site}-{seed}.txt','w').write('\n'.join(out))
json.dump(sample, open(f'{outdir}/sample-{site}-{seed}.json','w'))
print(len(sample), collections.Counter(f['rule'] for f in sample))
