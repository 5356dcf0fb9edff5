"""attack/37-40 (Russian)."""

import arch
import infra
import kit
import mime
import senders
from common import (E, Eq, msg, spec)
from company import CORR, ENT, P
from infra import T, hdr, plus, rfcdate
from msg_attack_de import lnk_placeholder

RU = ENT["RU"]


def koi(s):
    """What a KOI8-R mail client can actually transmit."""
    return s.replace("№", "N").replace("«", '"').replace("»", '"').replace("—", "-").replace("–", "-")

DV = CORR["dvor"]


# ------------------------------------------------------------------ 37 ----
@msg("attack", "37", "ru", "fns-trebovanie-zip-parol")
def a37(c):
    r = c.rng
    t = T(2026, 11, 17, 10, 41, 9, "MSK")
    dv = P("dmitry.volkov")
    dom = "nalog-gov.ru.com"
    num = "12-13/%05d" % r.randint(10000, 99999)
    pw = "%d" % r.randint(1000, 9999)
    text = """Уважаемый налогоплательщик!

Межрайонная инспекция Федеральной налоговой службы № 46 по г. Москве направляет в адрес ООО «ЭКЗАМПЛ РУС» (ИНН %s, КПП %s) требование № %s о представлении пояснений в соответствии с п. 3 ст. 88 Налогового кодекса Российской Федерации.

В ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года выявлены расхождения между сведениями об операциях, содержащимися в декларации, и сведениями, представленными контрагентами.

Пояснения необходимо представить в течение 5 рабочих дней со дня получения требования. Непредставление пояснений в установленный срок влечет ответственность по ст. 129.1 НК РФ, а также может повлечь приостановление операций по счетам.

Требование и перечень расхождений направлены во вложении. В целях защиты персональных данных архив защищен паролем: %s

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
Е.В. Соколова
""" % (RU["inn"], RU["kpp"], num, pw)
    dt = (2026, 11, 17, 10, 30, 0)
    z = arch.make_zip([("Требование_%s_расхождения_НДС_3кв2026.pdf.scr" % num.replace("/", "-"),
                        lnk_placeholder("screensaver executable with a PDF icon; would install a remote-access trojan."), dt)], password=pw, rng=r)
    text = koi(text)
    tp = mime.text(text, "plain", "koi8-r", "8bit", csname="koi8-r", ct_style="bare")
    att = mime.attachment(z, "application/zip", "Требование_%s.zip" % num.replace("/", "-"), style="plain", name_charset="koi8-r")
    root = kit.mixed("----------%s" % infra.rhex(r, 24, True), [tp, att], quoted=True)
    frm = mime.addr("ИФНС России N 46 по г. Москве", "mi46@" + dom, "koi8-r", "B")
    mid = "<%s.%s@%s>" % (infra.rhex(r, 12), infra.rhex(r, 8), dom)
    ch = [hdr("Date", rfcdate(t, "MSK")), hdr("From", frm), hdr("To", dv[1]), hdr("Message-ID", mid),
          hdr("Subject", mime.hdr_text("Требование о представлении пояснений N %s" % num, "koi8-r", "B")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("X-Mailer", "The Bat! (v10.5.3) Professional")]
    host, ip = "mail." + dom, "203.0.113.%d" % r.randint(200, 240)
    inner = [senders.rec_submission(r, plus(t, 1), "5.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), host, "mi46@" + dom, tz="MSK")]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain=dom, selector="mail", inner=inner, amavis=False, tz="MSK")
    H, _, _ = infra.deliver(r, s, dv[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "'Federal Tax Service' demands explanations on VAT discrepancies within 5 days; the demand is in a password-protected ZIP.",
                "Malware lure in KOI8-R from the look-alike domain nalog-gov.ru.com: the Russian tax service sends demands only through the EDI operator (СБИС/Диадок), never by e-mail with ZIPs; password in the body, .pdf.scr inside (inert placeholder); compare business/40.",
                zip_password=pw)


# ------------------------------------------------------------------ 38 ----
@msg("attack", "38", "ru", "akt-sverki-vzlomannyj-yashik-partnera")
def a38(c):
    r = c.rng
    t = T(2026, 12, 4, 14, 28, 55, "MSK")
    t0 = T(2026, 12, 2, 11, 5, 20, "MSK")
    os_ = P("olga.smirnova")
    orig = "<%s@EXCH01.corp.example.com>" % infra.rhex(r, 32)
    text = """Добрый день, Ольга!

Направляю исправленный акт сверки за период 01.01.2026 - 30.11.2026 с учетом последних отгрузок. Прошу проверить, подписать и вернуть скан до конца недели, иначе не успеем закрыть год.

Файл в архиве, т.к. почта режет вложения больше 10 Мб.

С уважением,
Ирина Кузнецова
Главный бухгалтер
ООО «Мясной Двор»
тел. +7 495 641-22-18

%s, Смирнова Ольга <olga.smirnova@example.com>:
> Ирина, добрый день!
> Направляю наш акт сверки за 3 квартал. Прошу сверить и подписать.
> Спасибо!
> Ольга Смирнова
""" % ("02.12.2026, 11:05")
    html = "<div>" + "".join("<div>%s</div>" % (E(ln) if ln else "&nbsp;") for ln in text.split("\n")) + "</div>"
    dt = (2026, 12, 4, 14, 20, 0)
    z = arch.make_zip([("Акт сверки 01.01.2026-30.11.2026 Мясной Двор.xls.js",
                        lnk_placeholder("JScript file disguised as a spreadsheet; would download and run a loader via wscript."), dt)])
    b1 = "----==%s" % infra.rhex(r, 30)
    b2 = "----==%s" % infra.rhex(r, 30)
    alt = kit.alt(b2, text, html, "utf-8", "base64", ct_style="bare")
    att = mime.attachment(z, "application/zip", "Акт_сверки_2026.zip", style="plain")
    root = kit.mixed(b1, [alt, att], quoted=True)
    frm = mime.addr("Ирина Кузнецова", "i.kuznetsova@myasnoydvor.ru", "utf-8", "B")
    mid = "<%d%d@mail.yandex.ru>" % (r.randint(10 ** 6, 10 ** 7), infra.epoch(t))
    ch = [hdr("From", frm), hdr("To", mime.addr("Ольга Смирнова", os_[1], "utf-8", "B")),
          hdr("Subject", mime.hdr_text("Re: Акт сверки за 3 квартал", "utf-8", "B")), hdr("In-Reply-To", orig), hdr("References", orig),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
          hdr("Date", rfcdate(t, "MSK")), hdr("Message-Id", mid)]
    s = senders.yandex(r, t, ch, frm, "myasnoydvor.ru")
    H, _, _ = infra.deliver(r, s, os_[1], dmarc=("pass", "none", "myasnoydvor.ru"))
    return spec(H, root,
                "Reply from the Moscow customer's chief accountant in a real reconciliation-statement thread with a 'corrected' statement in a ZIP.",
                "Thread hijacking from the customer's compromised Yandex 360 mailbox (DKIM/SPF/DMARC pass): ZIP with a .xls.js script (inert placeholder) instead of the usual XLSX, flimsy excuse ('mail cuts large files'), year-end pressure; genuine reconciliation is business/37.")


# ------------------------------------------------------------------ 39 ----
@msg("attack", "39", "ru", "diadok-falshivoe-uvedomlenie")
def a39(c):
    r = c.rng
    t = T(2026, 10, 22, 9, 17, 42, "MSK")
    os_ = P("olga.smirnova")
    dom = "diadoc-kontur.ru"
    url = "https://auth.diadoc-kontur.ru/login?customize=diadoc&back=%%2Fdocs%%2F%s" % infra.guid(r)
    text = """Вам поступил документ в Контур.Диадок

Отправитель: ООО «МЯСНОЙ ДВОР»
Получатель: ООО «ЭКЗАМПЛ РУС»
Документ: Универсальный передаточный документ № 1184 от 21.10.2026
Сумма: 1 486 320,00 руб., в т.ч. НДС

Документ требует вашей подписи. Если документ не будет подписан в течение 3 рабочих дней, отправитель может считать его принятым.

Открыть документ: %s

С уважением,
команда Контур.Диадок
""" % url
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:14px 0;font-size:20px;color:#1f87ef;font-weight:bold">Контур.Диадок</td></tr><tr><td>' +
            "".join(("<p><a href=\"%s\" style=\"background:#1f87ef;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px\">Открыть документ</a></p>" % Eq(url))
                    if p.startswith("Открыть документ") else "<p>%s</p>" % E(p).replace("\n", "<br>") for p in text.strip().split("\n\n")) +
            '</td></tr></table></body></html>')
    root = kit.alt("----=_NextPart_%s" % infra.rhex(r, 24, True), text, html, "windows-1251", "quoted-printable", csname="windows-1251", ct_style="quoted")
    frm = mime.addr("Контур.Диадок", "noreply@" + dom, "windows-1251", "B")
    mid = "<%s@%s>" % (infra.guid(r), dom)
    ch = [hdr("Date", rfcdate(t, "MSK")), hdr("From", frm), hdr("To", os_[1]), hdr("Message-ID", mid),
          hdr("Subject", mime.hdr_text("Новый документ от ООО «МЯСНОЙ ДВОР»: УПД № 1184 от 21.10.2026", "windows-1251", "B")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None)]
    s = senders.exim_cpanel(r, t, ch, frm, "vps-7731.firstbyte-hosting.ru", "203.0.113.247", local_php=True,
                            dkim_domain=dom, cpuser="diadoc", rcpt=os_[1])
    H, _, _ = infra.deliver(r, s, os_[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "'Kontur.Diadoc' notification: a universal transfer document (UPD) from the customer awaits signature.",
                "Fake EDI-operator notice from the look-alike diadoc-kontur.ru (real: diadoc.ru / kontur.ru) on a VPS with PHP mail, windows-1251, link to an auth page on the look-alike; genuine notice is business/38.",
                urls=[url])


# ------------------------------------------------------------------ 40 ----
@msg("attack", "40", "ru", "merkurij-vetis-blokirovka-phishing")
def a40(c):
    r = c.rng
    t = T(2026, 11, 30, 7, 55, 31, "MSK")
    os_ = P("olga.smirnova")
    url = "https://vetis-passport.fsvps-gov.ru.net/login?hs=%s" % infra.rhex(r, 20)
    text = """Уважаемый пользователь ФГИС «ВетИС»!

В связи с переходом на новую версию системы идентификации «Ветис.Паспорт» учетные записи пользователей ФГИС «Меркурий», не прошедшие повторную верификацию до 03.12.2026, будут заблокированы.

После блокировки оформление и погашение ветеринарных сопроводительных документов (ВСД) от имени вашего хозяйствующего субъекта будет невозможно до восстановления доступа через территориальное управление Россельхознадзора.

Для подтверждения учетной записи войдите в систему по ссылке и подтвердите данные:
%s

Служба технической поддержки ФГИС «ВетИС»
Федеральная служба по ветеринарному и фитосанитарному надзору
"""  % url
    text = koi(text)
    tp = mime.text(text, "plain", "koi8-r", "quoted-printable", csname="koi8-r", ct_style="bare")
    root = tp
    frm = mime.addr("Россельхознадзор ВетИС", "support@agrotech-sibir.ru", "koi8-r", "B")
    mid = "<%s@agrotech-sibir.ru>" % infra.rhex(r, 32)
    ch = [hdr("Date", rfcdate(t, "MSK")), hdr("To", os_[1]), hdr("From", frm),
          hdr("Subject", mime.hdr_text(koi("ФГИС «Меркурий»: учетная запись будет заблокирована 03.12.2026"), "koi8-r", "B")),
          hdr("Message-ID", mid), hdr("X-Mailer", "PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)"),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None)]
    s = senders.exim_cpanel(r, t, ch, frm, "server12.agrohost-nsk.ru", "198.51.100.219", local_php=True,
                            dkim_domain="agrotech-sibir.ru", cpuser="agrotech", rcpt=os_[1])
    H, _, _ = infra.deliver(r, s, os_[1], dmarc=("pass", "none", "agrotech-sibir.ru"))
    return spec(H, root,
                "'Rosselkhoznadzor VetIS' warns that the Mercury veterinary-certificate account will be blocked unless re-verified via a link.",
                "Credential phishing against the Russian veterinary certification system (Mercury/VetIS), sent with PHPMailer from a hacked agricultural website, link to vetis-passport.fsvps-gov.ru.net; blocking threat; VetIS accounts are managed in Vetis.Passport directly, not via e-mail links.",
                urls=[url])
