"""HTML/SVG templates: branded notification mails and inert lure attachments
(static pages without any script)."""
import html as H

import mime


def brand_html(text, brand, charset):
    """Render text (with '# ' headings and [[label|url]] links) into a
    table-based notification layout.  A paragraph that is only a link
    becomes a button."""
    name = H.escape(brand.get("name", ""))
    color = brand.get("color", "#1a73e8")
    font = brand.get("font", "Arial,Helvetica,sans-serif")
    rows = []
    for para in [p for p in text.strip("\n").split("\n\n")]:
        lines = para.split("\n")
        if len(lines) == 1 and lines[0].startswith("%%IMG:"):
            cid = lines[0][6:-2]
            rows.append('<tr><td style="padding:6px 0 16px 0"><img src="cid:%s" width="220" height="220" '
                        'alt="QR-Code" style="display:block"></td></tr>' % H.escape(cid))
            continue
        if len(lines) == 1 and lines[0].startswith("[[") and lines[0].endswith("]]"):
            m = mime.LINK.match(lines[0])
            rows.append('<tr><td style="padding:8px 0 18px 0"><a href="%s" style="background:%s;color:#ffffff;'
                        'text-decoration:none;padding:11px 22px;border-radius:4px;display:inline-block;'
                        'font-weight:bold">%s</a></td></tr>' % (H.escape(m.group(2)), color, H.escape(m.group(1))))
            continue
        if lines[0].startswith("# "):
            rows.append('<tr><td style="font-size:20px;font-weight:bold;padding:6px 0 12px 0;color:#1b1b1b">%s</td></tr>'
                        % mime.render_html_inline(lines[0][2:]))
            lines = lines[1:]
            if not lines:
                continue
        if lines[0].startswith("~ "):
            rows.append('<tr><td style="font-size:11px;color:#6b6b6b;padding:18px 0 0 0;border-top:1px solid #e1e1e1">%s</td></tr>'
                        % "<br>".join(mime.render_html_inline(ln[2:] if ln.startswith("~ ") else ln) for ln in lines))
            continue
        rows.append('<tr><td style="padding:0 0 14px 0;line-height:1.5">%s</td></tr>'
                    % "<br>".join(mime.render_html_inline(ln) for ln in lines))
    logo = brand.get("logo", name)
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:%s">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:%s"><tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:%s;font-size:14px;color:#333333">\n'
            '<tr><td style="background:%s;padding:16px 24px;color:#ffffff;font-size:18px;font-weight:bold">%s</td></tr>\n'
            '<tr><td style="padding:24px"><table role="presentation" width="100%%" cellpadding="0" cellspacing="0">\n%s\n</table></td></tr>\n'
            '</table>\n</td></tr></table>\n</body></html>\n'
            % (brand.get("lang", "en"), charset, name, brand.get("bg", "#f3f3f3"), brand.get("bg", "#f3f3f3"),
               font, color, logo, "\n".join(rows)))


def login_page(title, brand_line, email, action, lang="de", note="", fields=("Kennwort",),
               button="Anmelden", color="#0067b8"):
    """Static credential-harvesting page as an attachment: a plain HTML form
    (no JavaScript).  Inert for the evaluation: nothing executes on open."""
    inputs = "\n".join('<input name="f%d" type="%s" placeholder="%s" style="width:100%%;padding:8px;margin:6px 0;border:1px solid #999">'
                       % (i, "password" if i == 0 else "text", H.escape(f)) for i, f in enumerate(fields))
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body style="font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2">\n'
            '<div style="max-width:440px;margin:60px auto;background:#fff;padding:40px;box-shadow:0 2px 6px rgba(0,0,0,.2)">\n'
            '<div style="font-size:15px;color:#5e5e5e">%s</div>\n<h2 style="font-weight:600">%s</h2>\n'
            '<p style="font-size:13px">%s</p>\n'
            '<form method="post" action="%s">\n<input type="hidden" name="login" value="%s">\n'
            '<div style="padding:6px 0;border-bottom:1px solid #666">%s</div>\n%s\n'
            '<button type="submit" style="background:%s;color:#fff;border:0;padding:8px 32px;margin-top:12px">%s</button>\n'
            '</form>\n</div>\n</body></html>\n'
            % (lang, H.escape(title), H.escape(brand_line), H.escape(title), H.escape(note), H.escape(action),
               H.escape(email), H.escape(email), inputs, color, H.escape(button)))


def svg_lure(title, lines, button, url, color="#4c00ff", w=640, h=420):
    """SVG 'document' whose only active element is a hyperlink (no script)."""
    ys = 150
    texts = []
    for ln in lines:
        texts.append('<text x="40" y="%d" font-family="Arial" font-size="15" fill="#333">%s</text>' % (ys, H.escape(ln)))
        ys += 24
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="%d" height="%d" viewBox="0 0 %d %d">\n'
            '<rect width="100%%" height="100%%" fill="#f4f4f4"/>\n'
            '<rect x="20" y="20" width="%d" height="%d" fill="#ffffff" stroke="#dddddd"/>\n'
            '<rect x="20" y="20" width="%d" height="64" fill="%s"/>\n'
            '<text x="40" y="60" font-family="Arial" font-size="22" font-weight="bold" fill="#ffffff">%s</text>\n'
            '%s\n'
            '<a xlink:href="%s" href="%s" target="_blank">\n'
            '<rect x="40" y="%d" width="240" height="44" rx="4" fill="%s"/>\n'
            '<text x="160" y="%d" font-family="Arial" font-size="16" font-weight="bold" fill="#ffffff" text-anchor="middle">%s</text>\n'
            '</a>\n</svg>\n'
            % (w, h, w, h, w - 40, h - 40, w - 40, color, H.escape(title), "\n".join(texts),
               H.escape(url), H.escape(url), ys + 10, color, ys + 38, H.escape(button)))


def clickfix_page(title, intro, steps, command, lang="en"):
    """Fake 'verify you are human' page.  The command is shown as text only
    and is defanged (hxxps, [.]); there is no clipboard script."""
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body style="font-family:Arial,sans-serif;background:#f9f9f9">\n'
            '<div style="max-width:560px;margin:50px auto;background:#fff;border:1px solid #d5d5d5;padding:30px">\n'
            '<h2>%s</h2>\n<p>%s</p>\n<div style="border:1px solid #c9c9c9;padding:14px;background:#fafafa">\n'
            '<p style="font-weight:bold">&#9745; Verification steps</p>\n<ol>\n%s\n</ol>\n</div>\n'
            '<p style="font-size:12px;color:#666">Verification code (already copied to your clipboard):</p>\n'
            '<pre style="background:#eee;padding:8px;font-size:11px;white-space:pre-wrap">%s</pre>\n'
            '</div>\n</body></html>\n'
            % (lang, H.escape(title), H.escape(title), H.escape(intro),
               "\n".join("<li>%s</li>" % s for s in steps), H.escape(command)))


def newsletter_html(title, items, unsubscribe, charset, color="#2e6b30", lang="de", footer="",
                    unsub_label="Abmelden"):
    blocks = []
    for head, body, link in items:
        blocks.append('<tr><td style="padding:16px 24px;border-bottom:1px solid #eeeeee">'
                      '<div style="font-size:17px;font-weight:bold;color:%s">%s</div>'
                      '<div style="line-height:1.5;padding-top:6px">%s</div>'
                      '<div style="padding-top:6px"><a href="%s" style="color:%s">%s</a></div></td></tr>'
                      % (color, H.escape(head), H.escape(body), H.escape(link[1]), color, H.escape(link[0])))
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<title>%s</title></head>\n<body style="margin:0;background:#f0f0f0">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px">\n'
            '<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;font-size:15px;color:#222">\n'
            '<tr><td style="background:%s;color:#fff;padding:20px 24px;font-size:22px">%s</td></tr>\n%s\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#777">%s<br><a href="%s" style="color:#777">%s</a></td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n'
            % (lang, charset, H.escape(title), color, H.escape(title), "\n".join(blocks), H.escape(footer),
               H.escape(unsubscribe), H.escape(unsub_label)))
