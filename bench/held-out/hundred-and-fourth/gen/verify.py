"""Independent post-build check (optional tools: qpdf, unzip): parses every message with both email policies,
decodes every text part, checks dates, recipients, PDFs and archives."""
import email, email.policy, glob, subprocess, os, re, io, zipfile, sys
os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from email.utils import parsedate_to_datetime, getaddresses
bad=0
for f in sorted(glob.glob('attack/*.eml')+glob.glob('business/*.eml')):
    raw=open(f,'rb').read()
    for pol in (email.policy.default, email.policy.compat32):
        m=email.message_from_bytes(raw, policy=pol)
        for p in m.walk():
            if p.defects: print(f,'defect',p.defects); bad+=1
    m=email.message_from_bytes(raw, policy=email.policy.default)
    d=parsedate_to_datetime(str(m['Date']))
    if not (d.year==2026 and d.month in (10,11,12)): print(f,'date',d); bad+=1
    rec=m.get_all('Received')[0]
    rc=re.search(r'for <([^>]+)>', rec).group(1)
    addrs=[a for n,a in getaddresses([str(m.get('To','')),str(m.get('CC',''))])]
    if rc not in addrs and 'alle.' not in str(m['To']) and 'biuro.' not in str(m['To']) and 'oficina.' not in str(m['To']):
        print(f,'rcpt not in To/Cc',rc,addrs)
    for p in m.walk():
        if p.is_multipart(): continue
        ct=p.get_content_type()
        if p.get_content_maintype()=='text':
            c=p.get_content()  # decodes
            p.get_payload(decode=True).decode(p.get_content_charset() or 'ascii')
        if ct=='application/pdf':
            open('bench/held-out/hundred-and-fourth/.t.pdf','wb').write(p.get_payload(decode=True))
            r=subprocess.run(['qpdf','--check','bench/held-out/hundred-and-fourth/.t.pdf'],capture_output=True,text=True)
            if 'No syntax or stream encoding errors' not in r.stdout: print(f,'pdf',r.stdout[-200:]); bad+=1
        if 'zip' in ct:
            open('bench/held-out/hundred-and-fourth/.t.zip','wb').write(p.get_payload(decode=True))
            r=subprocess.run(['unzip','-l','bench/held-out/hundred-and-fourth/.t.zip'],capture_output=True,text=True)
            print(os.path.basename(f), p.get_filename(), '|', ' '.join(l.split()[-1] for l in r.stdout.splitlines()[3:-2]))
            for pw in ('1187','2026'):
                r=subprocess.run(['unzip','-P',pw,'-t','bench/held-out/hundred-and-fourth/.t.zip'],capture_output=True,text=True)
                if 'No errors' in r.stdout: print('   unzip -t ok with', pw)
            r=subprocess.run(['unzip','-t','bench/held-out/hundred-and-fourth/.t.zip'],capture_output=True,text=True, input='\n')
            if 'No errors' in r.stdout: print('   unzip -t ok without password')
for x in ('.t.pdf','.t.zip'):
    if os.path.exists(x): os.unlink(x)
print('bad',bad)
