"""Russian messages: 4 attacks, 4 genuine (Saint Petersburg office)."""
from kit import *

RU = org.RU
ST = RU["sporttehnika"]
EG = RU["eg_rus"]
ST_SIG = 'ООО "СпортТехника"\n197022, Санкт-Петербург, Аптекарский пр., 6\nтел. +7 (812) 408-36-70'


def _rekv(d, name, bank):
    return ["Получатель: %s" % name, "ИНН %s / КПП %s" % (d.get("inn", ST["inn"]), d.get("kpp", ST["kpp"])),
            "Р/с %s" % d["rs"], "Банк: %s" % bank, "БИК %s" % d["bik"], "К/с %s" % d["ks"]]


# =============================================================== attacks
def a_fns_trebovanie_zip():
    rng = rng_for("a", "ru-fns")
    t = utc("2026-10-30 07:26:19")
    route = R.Postfix("mail.nalog-gov.ru", "%d.%d.%d.%d.host.firstbyte.ru" % (rng.randrange(1, 250), rng.randrange(1, 250), 45, 141),
                      "141.98.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), host="mail.nalog-gov.ru",
                      submit_ip="127.0.0.1", submit_helo="localhost", submit_rdns="localhost", zone="MSK")
    ua = U.PHPMailer(rng, "6.9.1")
    mid = ua.msgid(t, "nalog-gov.ru")
    src = """Уважаемый налогоплательщик!

Межрайонная ИФНС России № 28 по г. Санкт-Петербургу в рамках камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года, представленной %s (ИНН %s), выявила расхождения сведений об операциях, содержащихся в декларации, со сведениями, представленными контрагентами.

В соответствии с п. 3 ст. 88 Налогового кодекса РФ Вам необходимо в течение пяти рабочих дней представить пояснения или внести соответствующие исправления в налоговую декларацию.

Непредставление пояснений в установленный срок влечёт ответственность по ст. 129.1 НК РФ и может повлечь приостановление операций по счетам.

Требование и перечень расхождений приложены к письму в защищённом архиве.
Пароль для открытия: 11873

С уважением,
Межрайонная ИФНС России № 28 по г. Санкт-Петербургу
""" % (EG["name"], EG["inn"])
    z = zip_att([("Требование_28-14_11873_расхождения.pdf.exe", "inert placeholder for evaluation: stands for a RAT dropper\n".encode())],
                "Требование_28-14_11873.zip", password="11873", seed="fns", ctype="application/zip", when=(2026, 10, 30, 10, 20, 4))
    body = mixed(M.text(src, "plain", "windows-1251", "base64"), [z], ua.boundary("mixed"))
    h = {"From": addr("ФНС России", "uvedomlenie@nalog-gov.ru", "windows-1251", "B"),
         "To": "olga.smirnova@example.com",
         "Subject": hval("Требование о представлении пояснений № 28-14/11873 (НДС, 3 квартал 2026 г.)", "windows-1251", "B")}
    return Mail("attack", "ru", "fns-trebovanie-arhiv-parol", t, route, ua, "olga.smirnova@example.com", "uvedomlenie@nalog-gov.ru",
                h, body, mid, zone="MSK",
                technique="Tax-office impersonation (FNS) with password-protected ZIP (EXE)",
                what="Fake FNS demand for explanations on the VAT return with an encrypted archive",
                why="The FNS sends such demands only through the accredited EDI operator (TKS), never by e-mail; nalog-gov.ru is not nalog.gov.ru; "
                    "encrypted archive with the password in the text holding a .pdf.exe; threat of account blocking. See business/40.")


def a_sberbusiness():
    rng = rng_for("a", "ru-sber")
    t = utc("2026-11-16 06:58:02")
    route = R.Postfix("mx.sberbusiness-notice.ru", "vds%d.hosted-by-vdsina.com" % rng.randrange(1000, 9999),
                      "94.103.%d.%d" % (rng.randrange(80, 95), rng.randrange(1, 250)), host="mx.sberbusiness-notice.ru",
                      submit_ip="127.0.0.1", submit_helo="localhost", submit_rdns="localhost", zone="MSK")
    ua = U.PHPMailer(rng, "6.9.1")
    mid = ua.msgid(t, "sberbusiness-notice.ru")
    link = "https://sbi.sberbusiness-online.ru.com/ic/dcb/login?client=%s" % hexid(rng, 16)
    blocks = ["Уважаемый клиент!",
              "В рамках исполнения требований Федерального закона № 115-ФЗ Банку необходимо актуализировать сведения о руководителе и бенефициарных владельцах **%s**." % EG["name"],
              "До обновления сведений дистанционное обслуживание в СберБизнес будет ограничено с **18.11.2026**: исходящие платежи будут приниматься только в отделении.",
              "Подтвердите сведения, войдя в СберБизнес по кнопке ниже. Это займёт не более 3 минут."]
    html = S.esp_html("Требуется актуализация сведений", blocks, ("Подтвердить сведения", link),
                      "ПАО Сбербанк. Генеральная лицензия Банка России № 1481.\nЭто письмо сформировано автоматически.", brand_color="#21a038",
                      logo_text="СберБизнес", charset="windows-1251")
    txt = S.esp_plain("Требуется актуализация сведений", blocks, ("Подтвердить сведения", link))
    body = S.alt(txt, html, ua.boundary("alt"), "windows-1251", "quoted-printable", "quoted-printable", quote_charset=False)
    h = {"From": addr("СберБизнес", "info@sberbusiness-notice.ru", "windows-1251", "B"), "To": "olga.smirnova@example.com",
         "Subject": hval("Ограничение операций по счёту: подтвердите сведения о руководителе (115-ФЗ)", "windows-1251", "B")}
    return Mail("attack", "ru", "sberbiznes-115fz-phishing", t, route, ua, "olga.smirnova@example.com", "info@sberbusiness-notice.ru",
                h, body, mid, zone="MSK",
                technique="Bank credential phishing (SberBusiness, 115-FZ pretext)",
                what="Fake SberBusiness notice: update director/beneficiary data or remote banking is restricted",
                why="Sender domain sberbusiness-notice.ru and link to sberbusiness-online.ru.com instead of sberbank.ru/sberbusiness.ru; "
                    "PHPMailer on a cheap VPS; 115-FZ restriction threat with a two-day deadline.")


def a_sporttehnika_rekvizity():
    rng = rng_for("a", "ru-sporttehnika")
    t = utc("2026-12-08 08:11:36")
    route = R.Yandex(rng, submit_ip="5.188.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), web=False)
    ua = U.OutlookDesktop(rng, "ru")
    mid = ua.msgid(t, "sport-tehnika.ru")
    fr = RU["sporttehnika_fraud"]
    src = """Добрый день, Ольга!

Сообщаем, что в связи с приостановлением операций по нашему расчётному счёту в ПАО "Банк "Санкт-Петербург" (проверка по 115-ФЗ) оплату по выставленным счетам просим производить по новым реквизитам:

%s

Официальное письмо за подписью генерального директора во вложении. Просим оплатить счёт 1187 от 02.12.2026 (1 184 400,00 руб.) по новым реквизитам, платёж на старый счёт будет возвращён.

Прошу подтвердить получение письма ответным сообщением. Я на этой неделе в командировке, по телефону могу не ответить, лучше пишите на почту.

С уважением,
Андрей Кузнецов
Менеджер по работе с ключевыми клиентами
%s
""" % ("\n".join(_rekv(fr, 'ООО "СпортТехника"', 'АО "ТБанк", г. Москва')), ST_SIG)
    letter = ["##ООО \"СпортТехника\"", "ИНН %s  КПП %s  ОГРН %s" % (ST["inn"], ST["kpp"], ST["ogrn"]), "",
              "Исх. № 412 от 07.12.2026", "Руководителю ООО \"Экзампл Груп Рус\"", "",
              "**Об изменении банковских реквизитов", "",
              "Настоящим сообщаем, что с 07.12.2026 расчёты с ООО \"СпортТехника\" осуществляются по реквизитам:"] + \
        _rekv(fr, 'ООО "СпортТехника"', 'АО "ТБанк", г. Москва') + \
        ["", "Прежние реквизиты считать недействительными.", "", "Генеральный директор                         И. В. Белов"]
    att = pdf_att([letter], "Письмо_смена_реквизитов.pdf", title="Смена реквизитов", author="Кузнецов",
                  producer="Microsoft® Word для Microsoft 365", creator="Microsoft® Word для Microsoft 365", created="D:20261207194407+03'00'")
    body = mixed(S.outlook_alt(src, ua.boundary("alt"), "koi8-r", "quoted-printable", "RU"), [att], ua.boundary("mixed"))
    h = {"From": addr("Андрей Кузнецов", "a.kuznetsov@sport-tehnika.ru", "koi8-r", "B"),
         "To": addr("Ольга Смирнова", "olga.smirnova@example.com", "koi8-r", "B"),
         "Cc": addr("Сергей Волков", "sergey.volkov@example.com", "koi8-r", "B"),
         "Subject": hval("Изменение банковских реквизитов ООО \"СпортТехника\"", "koi8-r", "B")}
    return Mail("attack", "ru", "sporttehnika-smena-rekvizitov-lookalike", t, route, ua, "olga.smirnova@example.com",
                "a.kuznetsov@sport-tehnika.ru", h, body, mid, zone="MSK", date_lag=-5,
                technique="Supplier bank-detail change from a look-alike domain (Yandex 360)",
                what="'SportTehnika' says its account is frozen under 115-FZ and asks to pay invoice 1187 to a new T-Bank account",
                why="sport-tehnika.ru (with hyphen) instead of sporttehnika.ru, also on Yandex 360 but submitted from a foreign hosting IP; the new account is in "
                    "Moscow while the company banks in Saint Petersburg; 'frozen account', 'old payments will bounce', avoids the phone. Genuine invoice: business/37.")


def a_fake_boss():
    rng = rng_for("a", "ru-fakeboss")
    t = utc("2026-11-11 10:47:55")
    route = R.MailRu(rng, submit_ip="176.59.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)))
    ua = U.MailRuWeb(rng, route.f)
    mid = ua.msgid(t, "")
    src = """Ольга, добрый день.

Сегодня до конца дня с вами свяжется сотрудник Центрального банка, Алексей Викторович Морозов, по поводу утечки данных наших клиентов и подозрительных переводов с корпоративного счёта. Я с ним уже разговаривал, ситуация серьёзная, к проверке подключена ФСБ.

Прошу отнестись к звонку максимально серьёзно, отвечать на все его вопросы и выполнять его указания. О разговоре никому не сообщайте, даже в офисе: по словам куратора, в компании может быть сотрудник, причастный к утечке.

Мне пока не звоните, я на совещании до вечера и телефон выключен. Пишите только сюда.

С.В.
"""
    html = "<HTML><BODY>%s</BODY></HTML>" % "".join("<div>%s</div>" % (l if l.strip() else "&nbsp;") for l in src.split("\n"))
    body = S.alt(src, html, ua.boundary(), "UTF-8", "base64", "base64")
    h = {"From": addr("Сергей Волков", "s.volkov.spb@mail.ru", "UTF-8", "B"), "To": "olga.smirnova@example.com",
         "Subject": hval("Срочно и конфиденциально", "UTF-8", "B"), "Reply-To": addr("Сергей Волков", "s.volkov.spb@mail.ru", "UTF-8", "B")}
    return Mail("attack", "ru", "falshivyi-rukovoditel-zvonok-cb-fsb", t, route, ua, "olga.smirnova@example.com", "s.volkov.spb@mail.ru",
                h, body, mid, zone="MSK", date_lag=-6,
                technique="'Fake boss' vishing pretext (announces a call from the 'Central Bank/FSB')",
                what="'Office manager' from a mail.ru address tells the accountant to obey a coming call from a 'Central Bank officer' and tell nobody",
                why="Staff name on a mail.ru account from a mobile IP; announces an authority call, demands secrecy and no call-back - the standard Russian "
                    "fake-boss scheme that ends with transfers to 'safe accounts'. The real office manager writes from example.com.")


# =============================================================== genuine
def b_sporttehnika_schet():
    rng = rng_for("b", "ru-sporttehnika")
    t = utc("2026-12-02 09:26:48")
    route = R.Yandex(rng, submit_ip="178.70.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), web=False)
    ua = U.OutlookDesktop(rng, "ru")
    mid = ua.msgid(t, "sporttehnika.ru")
    src = """Добрый день, Ольга!

Направляю счёт на оплату 1187 от 02.12.2026 по договору поставки 14/26-П (2 беговые дорожки LT-900 и силовая рама PR-4).

Сумма 1 184 400,00 руб., в т.ч. НДС 22%% 213 580,33 руб.
Оплата в течение 5 банковских дней, реквизиты в счёте (не изменились).

Оригиналы УПД передадим через ЭДО (Диадок) после отгрузки, отгрузка 10.12.

С уважением,
Андрей Кузнецов
Менеджер по работе с ключевыми клиентами
%s
""" % ST_SIG
    schet = ["##ООО \"СпортТехника\"", "ИНН %s  КПП %s  ОГРН %s" % (ST["inn"], ST["kpp"], ST["ogrn"]), "",
             "**Счёт на оплату № 1187 от 02.12.2026", "Покупатель: ООО \"Экзампл Груп Рус\", ИНН %s, КПП %s" % (EG["inn"], EG["kpp"]),
             "Основание: договор поставки 14/26-П", "",
             "1  Беговая дорожка LT-900              2 шт.   412 000,00    824 000,00",
             "2  Силовая рама PR-4                     1 шт.   360 400,00    360 400,00",
             "**Итого: 1 184 400,00 руб., в том числе НДС 22%: 213 580,33 руб.", "",
             "Банк получателя: ПАО \"Банк \"Санкт-Петербург\"", "БИК %s" % ST["bik"], "Сч. № %s" % ST["ks"],
             "Получатель: ООО \"СпортТехника\"", "Сч. № %s" % ST["rs"], "",
             "Генеральный директор ______ И. В. Белов      Главный бухгалтер ______ Е. А. Рябова"]
    atts = [pdf_att([schet], "Счет_1187_от_02.12.2026.pdf", title="Счёт 1187", author="СпортТехника",
                    producer="1С:Предприятие 8.3", creator="1С:Предприятие 8.3", created="D:20261202121503+03'00'")]
    body = mixed(S.outlook_alt(src, ua.boundary("alt"), "koi8-r", "quoted-printable", "RU"), atts, ua.boundary("mixed"))
    h = {"From": addr("Андрей Кузнецов", "a.kuznetsov@sporttehnika.ru", "koi8-r", "B"),
         "To": addr("Ольга Смирнова", "olga.smirnova@example.com", "koi8-r", "B"),
         "Subject": hval("Счёт 1187 от 02.12.2026 - беговые дорожки", "koi8-r", "B")}
    return Mail("business", "ru", "sporttehnika-schet-na-oplatu", t, route, ua, "olga.smirnova@example.com",
                "a.kuznetsov@sporttehnika.ru", h, body, mid, zone="MSK", date_lag=-5, pair="attack/39",
                what="Equipment supplier sends an invoice (счёт) with its usual bank details",
                why="Real sporttehnika.ru on Yandex 360, Outlook from a Saint Petersburg IP, the long-standing Bank Saint Petersburg account (valid BIK key), "
                    "documents via EDI. Hard negative of attack/39.")


def b_yandex_id_notice():
    rng = rng_for("b", "ru-yandexid")
    t = utc("2026-12-03 06:44:10")
    route = R.Yandex(rng, submit_ip="", web=True)
    ua = U.Plain(rng, order=["From", "To", "Subject", "MIME-Version", "Date", "Message-Id", "Content-Type", "X-Yandex-Service"],
                 msgid_fn=lambda r, tt: "<%d%06d@passport-notify.yandex.ru>" % (int(tt.timestamp()), r.randrange(10 ** 5, 10 ** 6)),
                 boundary_fn=lambda r, k: "----==%s----" % alnum(r, 20, U.B64),
                 extra=[("X-Yandex-Service", alnum(rng, 48, U.B64) + "==")])
    mid = ua.msgid(t, "")
    blocks = ["Здравствуйте, Сергей!",
              "В ваш аккаунт **s.volkov-eg** выполнен вход с нового устройства.",
              "Когда: 3 декабря 2026, 09:41 (МСК)\nУстройство: Windows, Яндекс Браузер\nГде: Санкт-Петербург, Россия\nIP-адрес: 178.70.214.66",
              "Если это были вы, ничего делать не нужно. Если нет — смените пароль и выйдите на всех устройствах в [настройках безопасности](https://id.yandex.ru/security)."]
    html = S.esp_html("Вход с нового устройства", blocks, None, "Команда Яндекс ID\n© 2001—2026 ООО «Яндекс»", brand_color="#fc3f1d", logo_text="Яндекс ID")
    txt = S.esp_plain("Вход с нового устройства", blocks, None, "Команда Яндекс ID")
    body = S.alt(txt, html, ua.boundary(), "utf-8", "base64", "base64")
    h = {"From": addr("Яндекс ID", "noreply@id.yandex.ru", "utf-8", "B"), "To": "sergey.volkov@example.com",
         "Subject": hval("Вход в аккаунт с нового устройства", "utf-8", "B")}
    return Mail("business", "ru", "yandex-id-vhod-novoe-ustroistvo", t, route, ua, "sergey.volkov@example.com", "noreply@id.yandex.ru",
                h, body, mid, zone="MSK", date_lag=-2, pair="attack/38",
                what="Yandex ID sign-in notification for the office manager's Yandex account (used for Yandex Direct ads)",
                why="Yandex's own forwarders, id.yandex.ru sender, link only to id.yandex.ru, sign-in from the office's own city/ISP. "
                    "Security-notice wording - hard negative of attack/38.")


def b_private_sick_ru():
    rng = rng_for("b", "ru-sick")
    t = utc("2026-10-26 05:31:27")
    route = R.Yandex(rng, submit_ip="", web=True)
    ua = U.YandexWeb(rng)
    mid = ua.msgid(t, "")
    src = """Сергей, добрый день!

Пишу с личной почты — рабочий ноутбук остался в офисе. Я заболела, открыла больничный (электронный, ЭЛН 910247118435), данные придут через Социальный фонд автоматически.

Платёжки по аренде и налогам на этой неделе уже отправлены в банк, остальное подождёт до моего выхода. Если что-то срочное — звоните.

Ольга
"""
    html = "<div>%s</div>\n" % "</div><div>".join(l if l.strip() else "&nbsp;" for l in src.split("\n"))
    body = S.alt(src, html, ua.boundary(), "utf-8", "8bit", "8bit")
    h = {"From": addr("Ольга Смирнова", "olga.smirnova.spb@yandex.ru", "utf-8", "B"),
         "To": addr("Сергей Волков", "sergey.volkov@example.com", "utf-8", "B"),
         "Subject": hval("Больничный", "utf-8", "B")}
    return Mail("business", "ru", "bolnichnyi-lichnaya-pochta", t, route, ua, "sergey.volkov@example.com", "olga.smirnova.spb@yandex.ru",
                h, body, mid, zone="MSK", date_lag=-4, pair="attack/40",
                what="The Russian accountant reports sick from her private Yandex mailbox",
                why="Known private address, Yandex web; informational, states payments were already sent through normal channels. "
                    "Private-freemail colleague like attack/40 but asks for nothing.")


def b_buh_kvitancii():
    rng = rng_for("b", "ru-buh")
    t = utc("2026-10-27 13:52:09")
    route = R.Postfix("mail.baltbuhcenter.ru", "mail.baltbuhcenter.ru", "95.213.%d.%d" % (rng.randrange(128, 250), rng.randrange(1, 250)),
                      host="mail.baltbuhcenter.ru", submit_ip="91.122.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                      sasl="n.orlova@baltbuhcenter.ru", zone="MSK", amavis=True)
    ua = U.TheBat(rng)
    mid = ua.msgid(t, "baltbuhcenter.ru")
    src = """Здравствуйте, Ольга!

Отчётность за 9 месяцев 2026 г. по ООО «Экзампл Груп Рус» сдана, квитанции о приёме во вложении:
- декларация по НДС за 3 квартал — принята 23.10.2026;
- расчёт по страховым взносам — принят;
- 6-НДФЛ за 9 месяцев — принят;
- уведомление об исчисленных налогах — принято.

Требований о пояснениях по НДС пока нет. Если придёт, то через оператора ЭДО (Контур.Экстерн), а не по электронной почте, — мы сразу вам сообщим.

--
С уважением,
Наталья Орлова
ООО «Балтийский Бухгалтерский Центр»
тел. +7 (812) 335-40-17
"""
    kv = ["##Квитанции о приёме налоговой отчётности", "Налогоплательщик: %s, ИНН %s, КПП %s" % (EG["name"], EG["inn"], EG["kpp"]),
          "Налоговый орган: Межрайонная ИФНС России № 28 по г. Санкт-Петербургу", "",
          "Декларация по НДС, 3 кв. 2026 ........ принята 23.10.2026, рег. № 0000000001478203995",
          "Расчёт по страховым взносам, 9 мес. ... принят 24.10.2026",
          "6-НДФЛ, 9 мес. 2026 ....................... принят 24.10.2026",
          "Уведомление об исчисленных налогах ... принято 24.10.2026", "",
          "Оператор ЭДО: АО \"ПФ \"СКБ Контур\""]
    atts = [pdf_att([kv], "Квитанции_ФНС_9мес_2026.pdf", title="Квитанции", author="ББЦ", producer="Контур.Экстерн",
                    creator="Контур.Экстерн", created="D:20261027164514+03'00'", style="2231")]
    body = mixed(M.text(src, "plain", "windows-1251", "quoted-printable"), atts, ua.boundary())
    h = {"From": addr("Наталья Орлова", "n.orlova@baltbuhcenter.ru", "windows-1251", "B"),
         "To": addr("Ольга Смирнова", "olga.smirnova@example.com", "windows-1251", "B"),
         "Subject": hval("Отчётность за 9 месяцев сдана - квитанции о приёме", "windows-1251", "B")}
    return Mail("business", "ru", "buhgalteriya-kvitancii-fns", t, route, ua, "olga.smirnova@example.com", "n.orlova@baltbuhcenter.ru",
                h, body, mid, zone="MSK", date_lag=-7, pair="attack/37",
                what="Outsourced accountant confirms the 9-month filings and attaches the FNS receipts",
                why="Known accounting firm on its own server, The Bat! from a Saint Petersburg line; FNS topic but only receipts, and it states that demands arrive "
                    "via the EDI operator, not by mail. Hard negative of attack/37.")


ATTACKS = [a_fns_trebovanie_zip, a_sberbusiness, a_sporttehnika_rekvizity, a_fake_boss]
BUSINESS = [b_sporttehnika_schet, b_yandex_id_notice, b_private_sick_ru, b_buh_kvitancii]
