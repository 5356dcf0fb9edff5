"""Russian messages: attacks 37-40, business 37-40."""
from kit import *

LANG = "ru"
EG_RU_INN = ids.ru_inn10("781012345")
SM_INN = ids.ru_inn12("7812345678")
LA_INN = ids.ru_inn10("781145678")
SBER_BIK, SBER_KS = "044030653", "30101810500000000653"
TB_BIK, TB_KS = "044525974", "30101810145250000974"
SM_OLD = ids.ru_account(SBER_BIK, "40802810055000012345")
SM_FAKE = ids.ru_account(TB_BIK, "40802810000004471823")
EG_RU_SIG = ("ООО «Экзампл Груп Аэросервис» (Example Group)\nПулковское шоссе, д. 41, лит. ЗИ, Санкт-Петербург, 196140\n"
             "ИНН %s / КПП 781001001" % EG_RU_INN)
assert ids.ru_account_valid(SBER_BIK, SM_OLD) and ids.ru_account_valid(TB_BIK, SM_FAKE)
assert ids.ru_account_valid(SBER_BIK, SBER_KS, corr=True) and ids.ru_account_valid(TB_BIK, TB_KS, corr=True)


def _fmt_acc(a):
    return a


# ====================================================================== ATTACKS
def a37():
    m = Message("attack", 37, LANG, "fns-trebovanie-arhiv-s-parolem")
    t = U(2026, 11, 12, 8, 32, 41)
    snd, rcpt = "trebovanie@nalog-gov.ru", "olga.ivanova@examplegroup.eu"
    r = m.rng
    ip = "185.104.113.%d" % r.randrange(2, 250)
    rd = "%s.clients.vdsina.ru" % ip.replace(".", "-")
    hop = postfix_hop(r, "localhost", "localhost", "127.0.0.1", "mail.nalog-gov.ru", sec(t, 1), zone="RU", proto="ESMTPA", auth=snd, tls=None)
    e = direct(m, t, snd, rcpt, "mail.nalog-gov.ru", rd, ip, hops=[hop], tls=TLS13, zone="RU",
               mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", msgid="<%s@nalog-gov.ru>" % alnum(r, 43))
    text = """Уважаемый налогоплательщик!

Межрайонная ИФНС России № 25 по Санкт-Петербургу в соответствии с п. 3 ст. 88 Налогового кодекса Российской Федерации направляет Вам требование о представлении пояснений по налоговой декларации по НДС за 3 квартал 2026 года (выявлены расхождения в книге покупок по контрагенту ООО «Балтийская Авиатехника»).

Пояснения необходимо представить в течение пяти рабочих дней со дня получения требования. Непредставление пояснений влечёт ответственность, предусмотренную ст. 129.1 НК РФ, а также может послужить основанием для приостановления операций по счетам налогоплательщика.

Требование и перечень документов находятся во вложении. В целях соблюдения налоговой тайны архив защищён паролем.
Пароль: 41273

Начальник отдела камеральных проверок № 3
Е. В. Морозова
"""
    z = zip_crypto([("Требование_о_представлении_пояснений_17-28_41273.pdf.js", PLACEHOLDER)], "41273", t, r, zone="RU")
    root = mixed(e, tp(text, "windows-1251", "base64"),
                 Part("application/zip", z, cte="base64", filename="Требование_17-28_41273.zip", disposition="attachment",
                      fn_charset="utf-8", fn_rfc2231=True, name_param=False))
    finish(m, e, addr("ИФНС России № 25 по Санкт-Петербургу", snd, "windows-1251", "B"), rcpt,
           "Требование о представлении пояснений № 17-28/41273 от 11.11.2026", root, "windows-1251", "B")
    m.what = "'Inter-district tax inspectorate' sends a demand for explanations on the Q3 VAT return, attachment is a password-protected ZIP with a .pdf.js file."
    m.why = "Russian tax offices send such demands through the EDO operator (TKS), never by e-mail from nalog-gov.ru (real: nalog.gov.ru); ZipCrypto archive with password in the body and a script double extension (inert placeholder); legal-deadline pressure."
    return m


def a38():
    m = Message("attack", 38, LANG, "ip-smirnov-smena-rekvizitov-mailru")
    t = U(2026, 11, 24, 13, 3, 19)
    snd, rcpt = "smirnov.ip.spb@mail.ru", "olga.ivanova@examplegroup.eu"
    r = m.rng
    f = "f%d.i.mail.ru" % r.randrange(100, 799)
    fip = "217.69.128.%d" % r.randrange(2, 250)
    hop = "by %s with local (envelope-from <%s>)\n\tid 1t%s-%s-%s\n\tfor %s; %s" % (f, snd, alnum(r, 4), alnum(r, 6, "0123456789ABCDEF"), alnum(r, 2), rcpt, rfcdate(sec(t, 1), "RU"))
    smtp = "smtp%d.i.mail.ru" % r.randrange(20, 60)
    hop0 = "from [10.161.%d.%d] (helo=%s)\n\tby %s with esmtp (envelope-from <%s>)\n\tid 1t%s-%s-%s\n\tfor %s; %s" % (
        r.randrange(1, 250), r.randrange(1, 250), f, smtp, snd, alnum(r, 4), alnum(r, 6, "0123456789ABCDEF"), alnum(r, 2), rcpt, rfcdate(sec(t, 1), "RU"))
    e = direct(m, t, snd, rcpt, smtp, smtp, "95.163.41.%d" % r.randrange(60, 99),
               hops=[hop0, hop], tls=TLS12, zone="RU", mailer="Mail.Ru Mailer 1.0",
               msgid="<%d.%d@%s>" % (int(sec(t, 2).timestamp()), r.randrange(10 ** 8, 10 ** 9), f),
               order=["From", "To", "Subject", "MIME-Version", "X-Mailer", "Date", "Reply-To", "X-Priority", "Message-ID",
                      "X-7564579A", "X-77F55803", "X-Originating-IP"], bstyle="python")
    e.set("X-7564579A", hexs(r, 16, True))
    e.set("X-77F55803", "4F1203BC0FB41BD9" + hexs(r, 60, True))
    e.set("X-Originating-IP", "[%d.%d.%d.%d]" % (r.choice([31, 46, 94]), r.randrange(1, 250), r.randrange(1, 250), r.randrange(1, 250)))
    e.set("X-Priority", "3 (Normal)")
    text = """Ольга, добрый день!

Сообщаю об изменении наших банковских реквизитов: расчётный счёт в Сбербанке с 01.12 закрывается (банк ограничил дистанционное обслуживание по 115-ФЗ, сейчас разбираемся). Оплату по счёту № 87 от 12.11.2026 и все последующие платежи прошу направлять на новый счёт:

Получатель: ИП Смирнов Алексей Викторович
ИНН %s
Р/с %s
Банк: АО «ТБанк», г. Москва
БИК %s
К/с %s

Пишу с резервной почты, основной ящик на Яндексе временно недоступен. Подтвердите, пожалуйста, что реквизиты обновили, хочу успеть закрыть месяц.

С уважением,
Алексей Смирнов
ИП Смирнов А. В. - ремонт и обслуживание наземной техники
""" % (SM_INN, SM_FAKE, TB_BIK, TB_KS)
    html = "<HTML><BODY><div>%s</div></BODY></HTML>\n" % "<br>".join(text.replace("&", "&amp;").replace("<", "&lt;").split("\n"))
    root = alt(e, tp(text, "utf-8", "base64"), hp(html, "utf-8", "base64"))
    finish(m, e, addr("Алексей Смирнов", snd, "utf-8", "B", "UTF-8"), addr("Ольга Иванова", rcpt, "utf-8", "B", "UTF-8"),
           "Новые реквизиты ИП Смирнов", root, "utf-8", "B", "UTF-8")
    m.what = "'Supplier' (sole trader Smirnov) announces new bank details at T-Bank from a 'backup' mail.ru address, citing an account restriction, asks to pay invoice 87 there."
    m.why = "Known supplier always writes from smirnov.ip@yandex.ru with The Bat!; this is a different mailbox on mail.ru webmail, new bank in another city, 115-FZ excuse, urgency - supplier-impersonation BEC (account numbers carry valid BIK control keys)."
    return m


def a39():
    m = Message("attack", 39, LANG, "diadok-dokument-na-podpis-phishing")
    t = U(2026, 11, 20, 10, 14, 6)
    rcpt = "olga.ivanova@examplegroup.eu"
    r = m.rng
    n = r.randrange(1, 40)
    e = generic_esp(m, t, "bounce-%s@smtp-pulse.com" % alnum(r, 20, "abcdefghijklmnopqrstuvwxyz0123456789"), rcpt, "smtp%d.smtp-pulse.com" % n,
                    "smtp%d.smtp-pulse.com" % n, "91.229.95.%d" % n, msgid="<%s@sendpulse.com>" % alnum(r, 32, "abcdef0123456789"),
                    xmailer="SendPulse", zone="RU",
                    relay_line="from sendpulse.com (unknown [10.0.%d.%d])\n\tby smtp%d.smtp-pulse.com (Postfix) with ESMTP id %s\n\tfor <%%(rcpt)s>; %%(date)s" % (
                        r.randrange(1, 250), r.randrange(1, 250), n, hexs(r, 10, True)))
    url = "https://diadoc-kontur.ru/%s/Document/Show?letterId=%s" % (uuid4s(r), uuid4s(r))
    text = """Здравствуйте!

В ящик организации ООО «Экзампл Груп Аэросервис» в Диадоке поступил документ, требующий подписи:

УПД № 1184 от 19.11.2026
Отправитель: ООО «Балтийская Авиатехника», ИНН 7806412235
Сумма: 486 240,00 ₽, в т. ч. НДС

Срок подписания по условиям договора - 3 рабочих дня. После истечения срока документ будет считаться принятым без возражений.

[[!Перейти к документу|%s]]

Для входа используйте логин и пароль Контур ID или сертификат электронной подписи.

С уважением,
команда Контур.Диадок
""" % url
    html = html_esp(text, "utf-8", brand="Контур.Диадок", color="#2291ff", lang="ru", logo_text="Контур · Диадок", font="Arial, sans-serif")
    root = alt(e, tp(plain(text, "colon"), "utf-8", "quoted-printable"), hp(html, "utf-8", "quoted-printable"))
    finish(m, e, addr("Контур.Диадок", "noreply@diadoc-kontur.ru", "utf-8", "B"), rcpt,
           "Вам поступил документ на подпись: УПД № 1184 от ООО «Балтийская Авиатехника»", root, "utf-8", "B")
    m.what = "'Kontur.Diadoc' e-document (EDO) notification: a UPD invoice awaits signature, deemed accepted after 3 days; button to log in with Kontur ID."
    m.why = "diadoc-kontur.ru is not diadoc.kontur.ru, sent via SendPulse; credential phishing against the accountant's EDO account (which also holds e-signature access)."
    return m


def a40():
    m = Message("attack", 40, LANG, "fake-boss-telegram-finmonitoring")
    t = U(2026, 12, 14, 9, 27, 12)
    snd, rcpt = "dm.sokolov.eg@yandex.ru", "olga.ivanova@examplegroup.eu"
    e = yandex(m, t, snd, rcpt, web=True)
    text = """Ольга, добрый день.

Сегодня с вами свяжется сотрудник департамента финансового мониторинга по поводу проверки наших платежей контрагентам в рамках 115-ФЗ. Я в курсе, руководство в Гамбурге тоже. Информация конфиденциальная, пока никому в офисе не говорите, в том числе бухгалтерии в Гамбурге.

Он напишет вам в Telegram, ник @finmon_kurator_spb. Пожалуйста, ответьте ему и выполняйте его указания, это важно для компании. Мне по этому вопросу не звоните, я на совещании до вечера, пишите сюда.

Дмитрий

Отправлено из мобильной Яндекс Почты
"""
    root = tp(text, "utf-8", "8bit")
    finish(m, e, addr("Дмитрий Соколов", snd, "utf-8", "B"), addr(None, rcpt), "Конфиденциально", root, "utf-8", "B")
    m.what = "'Office manager' from a Yandex address tells the accountant a 'financial-monitoring officer' will contact her on Telegram, to obey him and keep it secret, and not to call."
    m.why = "Russian 'fake boss' scheme: manager's name on a free mailbox, hand-off to a Telegram 'curator', secrecy from colleagues and HQ, blocks verification by phone."
    return m


# ====================================================================== BUSINESS
def b37():
    m = Message("business", 37, LANG, "yandex-id-kod-vosstanovleniya")
    t = U(2026, 12, 2, 18, 40, 51)
    rcpt = "olga.ivanova@examplegroup.eu"
    e = yandex(m, t, "noreply@id.yandex.ru", rcpt, web=False)
    r = m.rng
    e.msgid = "<%s.%s@%s.yp-c.yandex.net>" % (sec(t, 2).strftime("%Y%m%d%H%M%S"), hexs(r, 12), r.choice(["vla", "sas", "klg"]) + "-passport-%d" % r.randrange(1, 30))
    text = """Здравствуйте, olga.ivanova.spb!

Вы запросили восстановление доступа к аккаунту Яндекс ID. Этот адрес указан в аккаунте как дополнительный.

Код подтверждения: 418227

Никому не сообщайте этот код, даже сотрудникам Яндекса. Если вы не запрашивали восстановление, просто проигнорируйте это письмо - пароль останется прежним.

С уважением,
Команда Яндекс ID
https://id.yandex.ru
"""
    html = html_esp(text, "utf-8", brand="Яндекс ID", color="#fc3f1d", lang="ru", logo_text="Яндекс ID", font="YS Text, Arial, sans-serif")
    root = alt(e, tp(text, "utf-8", "base64"), hp(html, "utf-8", "base64"))
    finish(m, e, addr("Яндекс ID", "noreply@id.yandex.ru", "utf-8", "B"), rcpt, "Код подтверждения для восстановления доступа", root, "utf-8", "B")
    m.what = "Yandex ID password-recovery confirmation code sent to the accountant's work address registered as recovery e-mail."
    m.why = "From id.yandex.ru via Yandex's own forward relays; contains only a code and the standard 'never share' warning, no link to click."
    m.hardneg = [(40, "Russian-language mail from Yandex infrastructure to the same recipient; real service notification vs. fake boss on a Yandex mailbox.")]
    return m


def b38():
    m = Message("business", 38, LANG, "ip-smirnov-schet-the-bat-yandex")
    t = U(2026, 11, 12, 14, 30, 44)
    snd, rcpt = "smirnov.ip@yandex.ru", "olga.ivanova@examplegroup.eu"
    e = yandex(m, t, snd, rcpt, web=False)
    r = m.rng
    e.msgid = "<%d.%s@yandex.ru>" % (r.randrange(10 ** 8, 10 ** 9), local(sec(t, 3), "RU").strftime("%Y%m%d%H%M%S"))
    e.set("X-Mailer", "The Bat! (v11.3.2) Professional")
    e.set("Reply-To", addr("Алексей Смирнов", snd, "windows-1251", "B"))
    e.bfun = lambda k: "----------%s" % alnum(r, 14, "0123456789ABCDEF")
    text = """Здравствуйте, Ольга!

Высылаю счёт № 87 от 12.11.2026 за ремонт тягача TLD (замена гидронасоса и ТО-2) по заявке № 14 от 28.10.
Сумма 84 600,00 руб., без НДС (УСН).

Реквизиты прежние, в счёте указаны.
Акт выполненных работ передам с водителем вместе с оригиналом счёта.

--
С уважением,
Алексей Смирнов
ИП Смирнов А. В.
+7 921 555-43-18
"""
    inv = pdf([("h1", "SCHET NA OPLATU No. 87 ot 12.11.2026 (Invoice No. 87)"),
               ("p", "Postavshchik: IP Smirnov Aleksey Viktorovich, INN %s" % SM_INN),
               ("p", "Pokupatel: OOO Example Group Aeroservis, INN %s, KPP 781001001" % EG_RU_INN), ("rule", ""),
               ("mono", "No  Naimenovanie                                   Summa, rub\n1   Remont tyagacha TLD: zamena gidronasosa         61 300,00\n2   TO-2 tyagacha TLD                               23 300,00\n"
                        "    Itogo (bez NDS, USN)                            84 600,00"),
               ("mono", "Bank: PAO Sberbank, g. Sankt-Peterburg\nBIK %s   K/s %s\nR/s %s" % (SBER_BIK, SBER_KS, SM_OLD))],
              t, zone="RU", title="Schet 87", author="Smirnov", creator="1C:Predpriyatie 8.3", producer="1C:Predpriyatie 8.3")
    root = mixed(e, tp(text, "windows-1251", "quoted-printable"), att("application/pdf", inv, "Счет_87_от_12.11.2026.pdf", fn_charset="windows-1251", fn_enc="B"))
    finish(m, e, addr("Алексей Смирнов", snd, "windows-1251", "B"), addr("Ольга Иванова", rcpt, "windows-1251", "B"),
           "Счёт № 87 от 12.11.2026", root, "windows-1251", "B")
    m.what = "Sole-trader supplier sends an invoice (1C-generated PDF) for tug repairs from his usual Yandex mailbox with The Bat!."
    m.why = "Usual sender address and client, bank details unchanged (Sberbank St Petersburg, valid BIK control key), job reference matches an order."
    m.hardneg = [(38, "Same supplier and invoice number; genuine mail keeps the known Sberbank account and comes from his usual mailbox.")]
    return m


def b39():
    m = Message("business", 39, LANG, "klient-pretenziya-remont-koles")
    t = U(2026, 10, 22, 11, 55, 7)
    snd, rcpt = "a.kuznetsov@ladoga-avia.ru", "dmitry.sokolov@examplegroup.eu"
    r = m.rng
    e = outlook_smtp(m, t, snd, rcpt, "mail.ladoga-avia.ru", "mail.ladoga-avia.ru", "92.53.%d.%d" % (r.randrange(64, 127), r.randrange(2, 250)),
                     "TECH-PC14", "host-%d.ladoga-avia.ru" % r.randrange(2, 250), "10.1.4.%d" % r.randrange(2, 250), zone="RU", lang="ru")
    text = """Дмитрий, добрый день.

Направляю официальную претензию по качеству ремонта основных колёс, отремонтированных по договору N 14/2025-ТО (акт N 311 от 02.10.2026).

На колесе S/N B-41172 после 38 посадок выявлена утечка давления через уплотнение полуколеса, на колесе S/N B-41180 - несоответствие момента затяжки стяжных болтов значениям CMM. Колёса сняты с ВС, воздушное судно простояло 6 часов.

Прошу в течение 10 рабочих дней:
1. провести расследование и направить заключение;
2. выполнить повторный ремонт за счёт исполнителя;
3. компенсировать расходы на замену колёс согласно п. 7.3 договора.

Претензия с подписью и печатью будет направлена также почтой.

С уважением,
Андрей Кузнецов
Начальник отдела технического обеспечения
АО "Ладога Авиа", ИНН %s
""" % LA_INN
    root = alt(e, tp(text, "koi8-r", "quoted-printable"), hp(html_outlook(text, "koi8-r", lang="RU"), "koi8-r"))
    finish(m, e, addr("Кузнецов Андрей", snd, "koi8-r", "B"), addr("Соколов Дмитрий", rcpt, "koi8-r", "B"),
           "Претензия по качеству ремонта колёс (акт N 311)", root, "koi8-r", "B",
           cc=addr("Ольга Иванова", "olga.ivanova@examplegroup.eu", "koi8-r", "B"))
    m.what = "Customer's technical department files a formal quality claim about repaired main wheels and asks for investigation and compensation."
    m.why = "Customer's own mail server via Outlook, contract and serial numbers, formal claim also by post - a complaint, no link or payment detail."
    return m


def b40():
    m = Message("business", 40, LANG, "rukovoditel-srochnaya-oplata-tamozhni-intern")
    t = U(2026, 12, 15, 10, 12, 31)
    snd, rcpt = "dmitry.sokolov@examplegroup.eu", "olga.ivanova@examplegroup.eu"
    e = internal(m, t, snd, rcpt, client_ip="10.70.2.31", lang="ru-RU", zone="RU")
    text = """Ольга, добрый день.

Нужно сегодня до 15:00 пополнить единый лицевой счёт в таможне под декларацию на колёса из Гамбурга - брокер подаёт ДТ после обеда, без аванса выпуск перенесут на понедельник.

Сумма по расчёту брокера: 318 450,00 руб. (пошлина + НДС + сбор), расчёт лежит в общей папке Таможня\\2026\\12.
Платёж обычный, по реквизитам Северо-Западного таможенного управления из справочника в 1С, заявку в системе я уже согласовал, Сабина в копии для информации.

Если что-то не сходится - звони, я в офисе.

Дмитрий Соколов
Руководитель представительства
%s
""" % EG_RU_SIG.replace("«", '"').replace("»", '"')
    root = alt(e, tp(text, "koi8-r", "quoted-printable"), hp(html_outlook(text, "koi8-r", lang="RU"), "koi8-r"))
    finish(m, e, addr("Соколов Дмитрий", snd, "koi8-r", "B"), addr("Иванова Ольга", rcpt, "koi8-r", "B"),
           "Срочно: аванс на ЕЛС таможни до 15:00", root, "koi8-r", "B",
           cc=addr("Weiß, Sabine", "sabine.weiss@example.com", "utf-8", "B"), cc_name="CC")
    m.what = "Office manager asks the accountant via internal Exchange to top up the customs single account by 15:00 for an import declaration."
    m.why = "Internal route, payment to the customs authority from master data in 1C, approved in the system, HQ CFO in copy, invites a phone call - urgent but fully within process."
    m.hardneg = [(40, "Same 'urgent instruction from the local manager' pattern; genuine one is internal, transparent to HQ, within the ERP workflow.")]
    return m


ATTACKS = [a37, a38, a39, a40]
BUSINESS = [b37, b38, b39, b40]
