# Print a stratified random sample of findings with the source and translation lines, for hand review.
import json,random,sys,collections,os
# usage: accuracy-sample.py SITE-NAME SITE-DIR N [SEED] [REPORT.json] [OUT-DIR]
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
