# -*- coding: utf-8 -*-
"""Russian attack messages 37-40."""
from lib.kit import *  # noqa
from lib import ids


def a37():
    inner = "Требование_о_представлении_пояснений_24-18-0417.pdf.exe"
    zdata = Z.zipcrypto([(inner, D.placeholder("exe"))], "0417", "a37", when=(2026, 11, 5, 10, 41, 0))
    t = koi("""Уважаемый налогоплательщик!

Межрайонной ИФНС России № 46 по г. Москве в ходе камеральной налоговой проверки декларации по налогу на добавленную стоимость за 3 квартал 2026 года, представленной ООО «Экзампл Груп Рус» (ИНН %s), выявлены расхождения между сведениями об операциях, отражёнными в декларации, и сведениями, представленными вашими контрагентами.

В соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации вам необходимо в течение пяти рабочих дней представить пояснения или внести соответствующие исправления в налоговую декларацию.

Требование № 24-18/0417 от 05.11.2026 и протокол расхождений прилагаются. В целях защиты сведений, составляющих налоговую тайну, архив защищён паролем: 0417

Непредставление пояснений в установленный срок влечёт ответственность, предусмотренную статьёй 129.1 НК РФ.

Заместитель начальника инспекции
А. В. Кравченко""" % C.RU["eg_inn"])
    body = Multi("mixed", [Text(t, "plain", "koi8-r", "8bit"),
                           Attach(zdata, "application/zip", "Требование_24-18-0417.zip", fn_style="2047b", fn_charset="koi8-r")])
    return Msg("attack", 37, "ru", "fns-requirement-password-zip-exe",
               frm=("ИФНС России № 46 по г. Москве", "trebovanie@nalog-fns.ru"), to=S("ru_acc"),
               subject="Требование о представлении пояснений № 24-18/0417 от 05.11.2026",
               when="2026-11-05 10:47:29",
               infra=I.postfix_server("mail.nalog-fns.ru", "185.104.114.62", rdns="vm1483.hosted-by-ispserver.ru",
                                      mailer="thebat", zone="MSK", lang="ru-RU", label="look-alike domain on Russian VPS, The Bat!"),
               body=body,
               techniques=["tax-office lure (FNS requirement)", "password-protected archive (ZipCrypto) with .pdf.exe"],
               what="Fake FNS 'requirement to provide explanations' on VAT with a password-protected ZIP containing a .pdf.exe",
               why="FNS sends requirements only through the company's TKS/EDO operator, never by e-mail from nalog-fns.ru (real: nalog.gov.ru); password in the body to defeat scanning; double extension .pdf.exe; penalty threat.",
               pair=40)


def a38():
    link = "https://gosuslugi.knm-rtn.ru/esia/login?knm=77260541000010573418"
    t = """Уважаемый руководитель!

Центральное управление Федеральной службы по экологическому, технологическому и атомному надзору уведомляет о проведении внеплановой выездной проверки в отношении ООО «Экзампл Груп Рус» как организации, осуществляющей техническое обслуживание и ремонт лифтов (решение о проведении контрольного (надзорного) мероприятия № 7726/2026-ЛФ, учётный номер КНМ в ЕРКНМ 77260541000010573418).

Проверка будет проводиться с 24.11.2026 по 07.12.2026 по адресам обслуживаемых объектов. Решение о проведении проверки и перечень документов, которые необходимо подготовить, размещены в вашем личном кабинете на портале Госуслуг.

Для ознакомления перейдите по ссылке и авторизуйтесь через ЕСИА:
%s

Ознакомиться с решением необходимо не позднее 18.11.2026.

С уважением,
отдел государственного надзора за лифтами и подъёмными сооружениями
Центральное управление Ростехнадзора""" % link
    return Msg("attack", 38, "ru", "rostekhnadzor-inspection-gosuslugi-phish",
               frm=("Ростехнадзор - Центральное управление", "rtn.cmtu.proverki@mail.ru"), to=S("ru_mgr"),
               subject="Уведомление о проведении внеплановой выездной проверки (КНМ 77260541000010573418)",
               when="2026-11-16 12:34:08", infra=I.mailru(), hcs=("windows-1251", "B"),
               body=alt(t, simple_html(t, font="Arial, sans-serif", charset="windows-1251"), "windows-1251", "quoted-printable"),
               techniques=["trade-specific regulator lure (Rostekhnadzor lift supervision)", "credential phishing (Gosuslugi/ESIA)", "free-mail account (mail.ru)"],
               what="Fake Rostekhnadzor notice of an unscheduled inspection of lift maintenance, 'read the decision after ESIA login'",
               why="A federal regulator does not write from a mail.ru mailbox; the ESIA login link goes to knm-rtn.ru, not gosuslugi.ru; inspection decisions are delivered via the Gosuslugi account itself; short deadline.",
               pair=None)


def a39():
    R = C.RU
    t = """Добрый день!

Уведомляем вас об изменении банковских реквизитов ООО «ЛифтКомплект» с 09.11.2026 в связи с переходом на расчётно-кассовое обслуживание в АО «ТБанк». Письмо за подписью генерального директора во вложении.

Новые реквизиты:
Р/с %s
Банк: АО «ТБанк», г. Москва
БИК %s
К/с %s

Счёт в ПАО Сбербанк закрывается, платежи на него зачислены не будут. Просим оплату по счёту № 1187 от 28.10.2026 (запасные части для лифтов, 486 720,00 руб., в т. ч. НДС 22%%) произвести уже по новым реквизитам и прислать платёжное поручение в ответ на это письмо.

С уважением,
Наталья Кузнецова
менеджер по работе с клиентами
ООО «ЛифтКомплект»
тел. +7 (495) 648-21-77""" % (R["lk_fake"], R["tbank_bik"], R["tbank_corr"])
    letter = [("h", "ООО «ЛифтКомплект»"), ("s", "ИНН %s / КПП 771501001 · ОГРН %s · 127018, г. Москва, ул. Полковая, д. 3, стр. 4" % (R["lk_inn"], R["lk_ogrn"])),
              ("sp", 12), ("r", "Исх. № 412 от 06.11.2026"), ("sp", 6), ("b", "Информационное письмо об изменении банковских реквизитов"), ("sp", 4),
              "Настоящим сообщаем, что с 09.11.2026 изменились банковские реквизиты ООО «ЛифтКомплект». Просим производить все платежи по следующим реквизитам:",
              ("row", [(0, "Р/с:"), (30, R["lk_fake"])]), ("row", [(0, "Банк:"), (30, "АО «ТБанк», г. Москва")]),
              ("row", [(0, "БИК:"), (30, R["tbank_bik"])]), ("row", [(0, "К/с:"), (30, R["tbank_corr"])]), ("sp", 6),
              "Ранее действовавшие реквизиты считать недействительными.", ("sp", 14),
              "Генеральный директор ____________ С. В. Орлов"]
    body = Multi("mixed", [alt(t, outlook_html(t, "windows-1251", "RU"), "windows-1251", "base64"),
                           pdf_att(letter, "Письмо_об_изменении_реквизитов.pdf", fn_style="2047b", fn_charset="windows-1251",
                                   title="Письмо об изменении реквизитов", producer="Microsoft: Print To PDF", zone="MSK",
                                   when=T.berlin("2026-11-06 08:30"))])
    return Msg("attack", 39, "ru", "supplier-requisites-change-lookalike",
               frm=("Наталья Кузнецова", "n.kuznetsova@liftkomplekt.com"), to=S("ru_acc"),
               subject="Изменение банковских реквизитов ООО «ЛифтКомплект»", when="2026-11-06 11:18:55",
               infra=I.postfix_server("mail.liftkomplekt.com", "5.23.53.118", rdns="5-23-53-118.cloudvps.regruhosting.ru",
                                      mailer="outlook", zone="MSK", lang="ru-RU", hcs=("windows-1251", "B"),
                                      label="look-alike domain (.com instead of .ru) on Reg.ru VPS, Outlook via SMTP"),
               body=body,
               techniques=["supplier bank-detail change", "look-alike domain", "PDF letter"],
               what="'Supplier' announces new bank details at T-Bank and asks to pay invoice 1187 there immediately",
               why="liftkomplekt.com instead of the supplier's liftkomplekt.ru; old account 'closing' with no overlap; 'Print to PDF' letter without the chief accountant; payment order to be sent by reply. The account numbers are formally valid for the stated BIK, as real fraud accounts are.",
               pair=37)


def a40():
    link = "https://diadok-kontur.ru/auth/?returnUrl=%2Fdocs%2Fincoming%2F1187-28102026"
    t = """Контур.Диадок

Вам пришёл документ на подпись

Отправитель: ООО «ЛифтКомплект» (ИНН %s)
Документ: Универсальный передаточный документ № 1187 от 28.10.2026
Сумма: 486 720,00 ₽
Статус: требуется подпись получателя

Документ необходимо подписать до 13.11.2026, иначе он будет автоматически отклонён.

Перейти к документу:
%s

Это письмо отправлено автоматически сервисом Контур.Диадок. Отвечать на него не нужно.""" % (C.RU["lk_inn"], link)
    html = simple_html(t.replace(link, "[[L]]"), font="Arial, sans-serif", autolink=False).replace(
        "[[L]]", '<a href="%s" style="background:#3b7de9;color:#fff;padding:9px 20px;text-decoration:none">Открыть документ</a>' % link)
    return Msg("attack", 40, "ru", "edo-diadoc-lookalike-yandex360",
               frm=("Контур.Диадок", "noreply@diadok-kontur.ru"), to=S("ru_mgr"),
               subject="Вам пришёл документ от ООО «ЛифтКомплект»: УПД № 1187", when="2026-11-11 15:05:44",
               infra=I.yandex(service=True, label="look-alike domain hosted on Yandex 360 (abused genuine service)"),
               body=alt(t, html, "utf-8", "base64"),
               techniques=["credential phishing: e-document exchange (EDO) operator", "look-alike domain on Yandex 360 (abused genuine mail service)"],
               what="Fake Kontur.Diadok notification of a document to sign, link to a look-alike login",
               why="diadok-kontur.ru ('k' instead of 'c') is not Kontur's diadoc.ru/kontur.ru; hosted on Yandex 360 so infrastructure looks clean; auto-rejection deadline; link to the look-alike's login page.",
               pair=39)


def messages():
    return [a37(), a38(), a39(), a40()]
