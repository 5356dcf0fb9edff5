"""Attack messages, Russian (4)."""
import hops
import ids
from assets import pdf_att, zip_att
from common import Mail, Body, S, local
from textfmt import simple_html, esc


def m37():
    text = """Уважаемый налогоплательщик!

В соответствии со статьёй 93 Налогового кодекса Российской Федерации Межрайонная ИФНС России № 46 по г. Москве в связи с проведением камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года требует представить в течение десяти рабочих дней со дня получения настоящего требования документы (информацию) по взаимоотношениям ООО «ЧОО «Экзампл Груп» (ИНН %s) с контрагентом ООО «СтройТехМонтаж» (ИНН %s).

Перечень истребуемых документов приведён в приложении к требованию.

Требование в электронном виде направлено во вложении. В целях защиты сведений, составляющих налоговую тайну, архив защищён паролем: 4471

Непредставление документов в установленный срок влечёт ответственность, предусмотренную статьёй 126 НК РФ.

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
Е. В. Лаврентьева
""" % (ids.INN_EXG_RU, ids.INN_SHELL)
    z = zip_att("Требование_№_46-12_4471.zip",
                [("Требование_№_46-12_4471_от_10.11.2026.pdf.scr", "placeholder - inert evaluation stub\n")],
                password="4471", seed="ru-fns-zip", when=(2026, 11, 10, 9, 55, 0))
    inf = hops.mailru()
    return Mail("fns-trebovanie-zip-parol", "ru", local(2026, 11, 10, 10, 4, "RU"),
                ("Межрайонная ИФНС России № 46 по г. Москве", "ifns46.trebovanie@mail.ru"), [S("ru_acc")],
                "Требование о представлении документов (информации) № 46-12/4471 от 10.11.2026", inf,
                Body(plain=text, charset="windows-1251", cte="base64"), atts=[z],
                hdr_cs="windows-1251", hdr_enc="B", hdr_label="windows-1251",
                what="Tax-office malspam: fake FNS 'demand for documents' (art. 93 NK RF) with a password-protected ZIP holding a .pdf.scr screensaver executable.",
                why="FNS sends требования through the accredited EDO operator (ТКС) with a signed receipt, never from a mail.ru mailbox; password in the body defeats scanning; double extension .pdf.scr (inert placeholder); fine threat under art. 126 NK RF.")


def m38():
    link = "https://rosgvard-msk.ru/lk/vhod?org=%s&esia=1" % ids.INN_EXG_RU
    text = """Руководителю ООО «ЧОО «Экзампл Груп»

В соответствии с планом проведения плановых проверок на 2026 год Центр лицензионно-разрешительной работы Главного управления Росгвардии по г. Москве уведомляет о проведении в отношении Вашей организации плановой документарной проверки соблюдения лицензионных требований при осуществлении частной охранной деятельности (Закон РФ от 11.03.1992 № 2487-1 «О частной детективной и охранной деятельности в Российской Федерации»).

В срок до 20.11.2026 необходимо загрузить в личный кабинет лицензиата:
- штатное расписание и список частных охранников с копиями удостоверений;
- сведения о периодических проверках частных охранников;
- договоры на охрану объектов, действующие на 01.11.2026;
- документы на служебное оружие и спецсредства.

Вход в личный кабинет лицензиата осуществляется с использованием подтверждённой учётной записи ЕСИА (Госуслуги):
%s

Непредставление документов в установленный срок является основанием для проведения внеплановой выездной проверки и приостановления действия лицензии.

ЦЛРР ГУ Росгвардии по г. Москве
""" % link
    paras = text.split("\n\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px"><div style="max-width:640px;padding:20px;border-top:5px solid #0d4cd3">'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[:4])
            + '<p><a href="%s" style="background:#0d4cd3;color:#fff;padding:10px 18px;text-decoration:none">Войти через Госуслуги</a></p>' % esc(link)
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[5:])
            + "</div></body></html>")
    inf = hops.postfix_host("compromised 1C-Bitrix site", "rosgvard-msk.ru", "unknown", "185.177.216.74", "rosgvard-msk.ru",
                            esmtpsa=False, bstyle="generic",
                            mailer=("X-Mailer", "PHP/8.1.29"),
                            msgid_fn=lambda ctx: "<%s@rosgvard-msk.ru>" % "".join(ctx.rng.choice("0123456789abcdef") for _ in range(32)),
                            desc="Postfix on a VPS without rDNS (PHP mail() from a web application), domain rosgvard-msk.ru")
    return Mail("rosgvardiya-proverka-esia", "ru", local(2026, 11, 12, 11, 20, "RU"),
                ("ЦЛРР ГУ Росгвардии по г. Москве", "clrr@rosgvard-msk.ru"), [S("ru_mgr")],
                "Плановая документарная проверка лицензиата (частная охранная деятельность) - срок до 20.11.2026", inf,
                Body(plain=text, html=html, charset="windows-1251", cte="quoted-printable"),
                hdr_cs="windows-1251", hdr_enc="B", hdr_label="windows-1251",
                what="ESIA (Gosuslugi) credential phishing impersonating Rosgvardia's licensing centre, which supervises private security companies (ЧОО).",
                why="Rosgvardia uses rosgvard.gov.ru and official channels (ЕПГУ/letters); this is rosgvard-msk.ru from a VPS without rDNS via PHP mail(); 'Войти через Госуслуги' leads to a fake ESIA login; threat of licence suspension. Trade-specific lure.")


def m39():
    text = """Уважаемые коллеги!

Сообщаем, что с 16.11.2026 в связи с переводом расчётно-кассового обслуживания ООО «ТехноОхрана» меняет банковские реквизиты.

Новые реквизиты:
Получатель: ООО «ТехноОхрана»
ИНН %s
Р/с %s
Банк: АО «Райффайзенбанк», г. Москва
БИК %s
К/с %s

Оплату по счетам № 1184 от 02.11.2026 и № 1203 от 09.11.2026 (поставка приёмно-контрольных приборов и GSM-передатчиков) просим производить только по новым реквизитам. Платежи на прежний счёт в ПАО Сбербанк с 16.11.2026 будут возвращаться банком.

Официальное письмо за подписью генерального директора во вложении. Просим подтвердить получение письма ответным сообщением.

С уважением,
бухгалтерия ООО «ТехноОхрана»
тел. +7 (495) 268-41-17
""" % (ids.INN_TEHNO_FAKE, ids.MULE_RU_ACC, ids.BIK_RAIF, ids.MULE_RU_CORR)
    pdf = pdf_att("Письмо_о_смене_реквизитов.pdf", [
        "ООО «ТехноОхрана»", "ИНН %s  ОГРН %s" % (ids.INN_TEHNO, ids.OGRN_TEHNO), "", 
        "Исх. № 311 от 12.11.2026", "", "Всем контрагентам", "",
        "ИНФОРМАЦИОННОЕ ПИСЬМО", "",
        "Настоящим сообщаем, что с 16.11.2026 изменяются банковские реквизиты",
        "ООО «ТехноОхрана»:", "",
        "Р/с " + ids.MULE_RU_ACC, "АО «Райффайзенбанк», г. Москва", "БИК " + ids.BIK_RAIF, "К/с " + ids.MULE_RU_CORR, "",
        "Платежи по прежним реквизитам приниматься не будут.", "",
        "Генеральный директор                         С. А. Прохоров"],
        title="Письмо о смене реквизитов", author="buh", creator="Microsoft® Word 2019", producer="Microsoft® Word 2019")
    inf = hops.postfix_host("VPS", "mail.tehno-ohrana.ru", "unknown", "5.101.153.22", "mail.tehno-ohrana.ru",
                            submit_from="unknown", submit_ip="146.70.171.30", bstyle="thunderbird",
                            mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0"),
                            desc="Postfix on a VPS without rDNS for the look-alike domain tehno-ohrana.ru, Thunderbird")
    return Mail("tehnoohrana-rekvizity-lookalike", "ru", local(2026, 11, 13, 14, 2, "RU"),
                ("Бухгалтерия ООО «ТехноОхрана»", "buh@tehno-ohrana.ru"), [S("ru_acc")],
                "Изменение банковских реквизитов ООО «ТехноОхрана» с 16.11.2026", inf,
                Body(plain=text, charset="windows-1251", cte="8bit"), atts=[pdf],
                hdr_cs="windows-1251", hdr_enc="B", hdr_label="windows-1251",
                what="Supplier bank-detail change from a look-alike of the alarm-equipment supplier TehnoOhrana (tehno-ohrana.ru instead of tehnoohrana.ru), with a 'signed' letter PDF.",
                why="Hyphenated look-alike domain on a VPS without rDNS, sent with Thunderbird (the real supplier sends from 1C via Yandex 360); copies the genuine INN but moves payments to a Raiffeisenbank account (account control key valid, so it passes format checks); 'payments to the old account will bounce'.")


def m40():
    link = "https://diadoc-kontur.ru/Box/Documents/Sign?boxId=5f1e7b2a-4c9d-4e3a-8b6f-%s&letter=1203" % "0a1b2c3d4e5f"
    text = """Контур.Диадок

Вам поступил документ, требующий подписи

Отправитель: ООО «ТехноОхрана» (ИНН %s)
Получатель: ООО «ЧОО «Экзампл Груп»
Документ: УПД № 1203 от 09.11.2026 на сумму 418 760,00 руб.

Срок подписания по договору - 3 рабочих дня. Чтобы просмотреть и подписать документ, войдите в Диадок:
%s

Если вы не подпишете или не отклоните документ, он будет считаться принятым без замечаний.

С уважением,
команда Контур.Диадок
""" % (ids.INN_TEHNO, link)
    paras = text.split("\n\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><div style="max-width:600px;padding:20px">'
            '<p style="font-size:20px;color:#e00;font-weight:bold">Контур.Диадок</p>'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[1:3])
            + '<p><a href="%s" style="background:#1a73e8;color:#fff;padding:10px 18px;text-decoration:none">Перейти к документу</a></p>' % esc(link)
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[4:])
            + "</div></body></html>")
    inf = hops.exim_cpanel("compromised SMB (cPanel)", "s47.hostland-srv.ru", "185.26.122.47", "[127.0.0.1]",
                           "195.133.40.18", "stroy-remont-msk.ru", bstyle="generic",
                           msgid_fn=lambda ctx: "<%s@stroy-remont-msk.ru>" % "".join(ctx.rng.choice("0123456789abcdef") for _ in range(32)),
                           desc="compromised mailbox of a Moscow renovation company on cPanel/Exim shared hosting")
    return Mail("diadok-upd-podpis", "ru", local(2026, 11, 16, 9, 47, "RU"),
                ("Контур.Диадок", "noreply@stroy-remont-msk.ru"), [S("ru_acc")],
                "Вам поступил документ от ООО «ТехноОхрана»: УПД № 1203 от 09.11.2026", inf,
                Body(plain=text, html=html, charset="utf-8", cte="quoted-printable"),
                hdr_cs="utf-8", hdr_enc="B", hdr_label="UTF-8",
                what="E-document (EDO) credential phishing: fake Kontur.Diadoc notice that a UPD invoice from a real supplier awaits signature.",
                why="Diadoc notifications come from kontur.ru; display name 'Контур.Диадок' on a compromised renovation firm's cPanel mailbox; link to diadoc-kontur.ru (look-alike) for credentials/EDS certificate; uses real supplier name and invoice number to look routine; 'deemed accepted' pressure.")


def messages():
    return [m37(), m38(), m39(), m40()]
