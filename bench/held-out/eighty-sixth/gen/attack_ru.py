"""Attack messages, Russian (37-40)."""
import mime
import htm
import infra as I
from company import S, KS_ATT_BIK, KS_ATT_CORR, KS_ATT_ACC, KS_INN, KS_KPP, KS_BIK, KS_ACC, EG_RU_INN
from kit import plain, html, alt, mixed, att, zipfile_bytes, dt, dedent
from msg import M

F = "attack"


def a37():
    pw = "7715"
    inner = [("Требование о представлении пояснений №14-18_31417.pdf.exe",
              b"inert placeholder for a malicious executable - evaluation sample, contains no code\n")]
    zipb = zipfile_bytes(inner, dt(2026, 11, 18, 9, 40), password=pw, seed="a37-zip")
    txt = dedent("""
    Уважаемый налогоплательщик!

    Межрайонная инспекция ФНС России № 27 по Санкт-Петербургу в соответствии со статьёй 88 Налогового кодекса Российской Федерации направляет в адрес ООО «Экзампл Груп Рус» (ИНН %s) требование о представлении пояснений № 14-18/31417 по налоговой декларации по НДС за 3 квартал 2026 года.

    В ходе камеральной налоговой проверки выявлены расхождения в книге покупок по операциям с контрагентами. Пояснения либо уточнённую декларацию необходимо представить в течение пяти рабочих дней со дня получения настоящего требования. Непредставление пояснений влечёт ответственность по статье 129.1 НК РФ и может стать основанием для приостановления операций по счетам.

    Требование и перечень расхождений во вложении. Архив защищён паролем: %s

    Начальник отдела камеральных проверок № 2
    советник государственной гражданской службы РФ 2 класса
    Е. В. Смирнова
    """) % (EG_RU_INN, pw)
    m = M(folder=F, num=37, lang="ru", slug="fns-trebovanie-zip-parol",
          profile=I.Combo(I.PHPMailer(host="nalog-uvedomlenie.ru", zone="ru", version="6.9.1"),
                          I.VPS(helo="nalog-uvedomlenie.ru", rdns="v1184203.hosted-by-vdsina.ru", ip="94.103.91.57",
                                local_user=33)),
          when=("ru", 2026, 11, 18, 9, 47, 20),
          frm=("ФНС России", "trebovanie@nalog-uvedomlenie.ru"), to=[S("ru_acc")],
          subject="Требование о представлении пояснений № 14-18/31417 (НДС, 3 кв. 2026)",
          hcs="windows-1251", henc="B",
          body=mixed(plain(txt, "windows-1251", "base64"),
                     att(zipb, "application/zip", "Требование_№14-18_31417.zip", style="2047", cs="windows-1251")),
          desc="Malware delivery impersonating the Federal Tax Service: 'demand for explanations' on the VAT return with a "
               "password-protected ZIP containing a '.pdf.exe'",
          why="Look-alike domain nalog-uvedomlenie.ru on a VPS; the FNS sends demands through the EDI operator (TKS), not "
              "by e-mail with archives; ZipCrypto with the password in the body to evade scanning; double extension "
              ".pdf.exe (inert placeholder here); account-freeze threat.")
    m.zip_passwords = [pw]
    return m


def a38():
    url = "https://diadoc-kontur-edo.ru/auth/login?returnUrl=%2Fdocs%2F7c21e0f4&inn=" + EG_RU_INN
    txt = dedent("""
    Контур.Диадок

    Вам поступил документ, требующий подписи

    Отправитель: ООО «КиноСервис» (ИНН %s)
    Документ: Счёт-фактура № 1184 от 20.11.2026 и Акт № 1184 (УПД)
    Сумма: 184 600,00 ₽, в т.ч. НДС 30 766,67 ₽

    Срок подписания истекает 24.11.2026. После истечения срока документ будет считаться принятым без возражений.

    Перейти к документу: %s

    Для входа используйте логин и пароль от Диадока или сертификат электронной подписи.

    Это автоматическое уведомление, отвечать на него не нужно.
    СКБ Контур
    """) % (KS_INN, url)
    h = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
         '<div style="background:#1f87e1;color:#fff;padding:12px 20px;font-size:18px"><b>Контур.Диадок</b></div>\n'
         '<div style="padding:18px 20px"><h3>Вам поступил документ, требующий подписи</h3>\n'
         '<p>Отправитель: <b>ООО «КиноСервис»</b> (ИНН %s)<br>Документ: Счёт-фактура № 1184 от 20.11.2026 и Акт № 1184 (УПД)<br>'
         'Сумма: 184 600,00 ₽, в т.ч. НДС 30 766,67 ₽</p>\n'
         '<p>Срок подписания истекает <b>24.11.2026</b>. После истечения срока документ будет считаться принятым без возражений.</p>\n'
         '<p><a href="%s" style="background:#1f87e1;color:#fff;padding:10px 22px;text-decoration:none">Перейти к документу</a></p>\n'
         '<p style="font-size:12px;color:#777">Для входа используйте логин и пароль от Диадока или сертификат электронной подписи.<br>'
         'Это автоматическое уведомление, отвечать на него не нужно.<br>СКБ Контур</p></div></body></html>\n') % (KS_INN, url)
    return M(folder=F, num=38, lang="ru", slug="diadok-lozhnoe-uvedomlenie-dokument",
             profile=I.SendGrid(), when=("ru", 2026, 11, 20, 16, 2, 44),
             frm=("Контур.Диадок", "noreply@diadoc-kontur-edo.ru"), to=[S("ru_acc")],
             env_from="bounces+51273948-aa10-olga.kuznetsova=examplegroup.eu@em3371.diadoc-kontur-edo.ru",
             subject="Вам поступил документ от ООО «КиноСервис»: Счёт-фактура № 1184",
             hcs="utf-8", henc="B",
             body=alt(txt, h, "utf-8", "quoted-printable"),
             desc="E-document exchange phishing: fake Kontur.Diadok notice of an invoice from the real service partner "
                  "awaiting signature, linking to a look-alike Diadok login",
             why="Look-alike domain diadoc-kontur-edo.ru via SendGrid; invented 'deemed accepted' deadline; harvests Diadok "
                 "credentials (access to signed documents and the company's e-signature). Genuine Diadok notice: "
                 "business/39.")


def a39():
    txt = dedent("""
    Ольга, добрый день!

    Сообщаем, что с 16.11.2026 у ООО "КиноСервис" изменились банковские реквизиты (старый счёт в Сбербанке закрывается в связи с переходом на обслуживание в другой банк). Оплату по счёту N 1184 за обслуживание проекторов за ноябрь просим произвести по новым реквизитам:

    Получатель: ООО "КиноСервис"
    ИНН %s  КПП %s
    Р/с %s
    Банк: АО "АЛЬФА-БАНК", г. Москва
    БИК %s
    К/с %s

    Счёт с новыми реквизитами пришлю отдельно, бухгалтер сейчас на больничном. Прошу подтвердить получение письма и сообщить, когда планируете оплату, чтобы не сдвигать плановое ТО в декабре.

    С уважением,
    Андрей Волков
    ООО "КиноСервис"
    """) % (KS_INN, KS_KPP, KS_ATT_ACC, KS_ATT_BIK, KS_ATT_CORR)
    return M(folder=F, num=39, lang="ru", slug="kinoservis-smena-rekvizitov-poxozhij-adres",
             profile=I.MailRu(client_ip="185.107.56.201"), when=("ru", 2026, 11, 16, 12, 18, 9),
             frm=("Андрей Волков", "kinoservis-spb@mail.ru"), to=[S("ru_acc")],
             subject="Изменение банковских реквизитов ООО КиноСервис",
             hcs="koi8-r", henc="B",
             body=plain(txt, "koi8-r", "base64"),
             desc="Supplier bank-change fraud: a mail.ru address resembling the projection-service contractor's yandex.ru "
                  "address announces new bank details (a different bank in Moscow) for the November invoice",
             why="Contractor always writes from kinoservis.spb@yandex.ru (business/37); this is kinoservis-spb@mail.ru; "
                 "account moved from the St Petersburg Sberbank branch to a Moscow bank; 'invoice will follow, accountant "
                 "on sick leave'; asks to confirm and pay. Account and BIK are formally valid, which makes it convincing.")


def a40():
    url = "http://lk-eais-fondkino.ru/login?kt=7801-0412&sess=Q2F8"
    txt = dedent("""
    Уважаемый пользователь ЕАИС!

    По данным Единой федеральной автоматизированной информационной системы сведений о показах фильмов в кинозалах (ЕАИС) кинотеатр "Экзампл Синема Лиговский" (код кинотеатра 7801-0412) не передал сведения о сеансах и проданных билетах за период 09.11.2026 - 15.11.2026.

    В соответствии с Федеральным законом N 126-ФЗ "О государственной поддержке кинематографии Российской Федерации" непредставление сведений влечёт административную ответственность. Данные о нарушении будут переданы в Министерство культуры РФ по истечении 3 рабочих дней.

    Для проверки статуса передачи и загрузки недостающих сведений войдите в личный кабинет кинотеатра:
    %s

    Служба технической поддержки ЕАИС
    Фонд кино
    """) % url
    return M(folder=F, num=40, lang="ru", slug="eais-fond-kino-lichnyj-kabinet",
             profile=I.Combo(I.TheBat(mailer="The Bat! (v10.5.3) Professional"),
                             I.VPS(helo="mail.eais-fondkino.ru", rdns="static.61.88.21.95.clients.your-server.de",
                                   ip="95.216.88.61", submit_ip="176.97.210.14", stamp_zone="ru")),
             when=("ru", 2026, 11, 19, 11, 4, 27),
             frm=("ЕАИС Фонд кино", "support@eais-fondkino.ru"), to=[S("ru_mgr")],
             subject="ЕАИС: не переданы сведения о сеансах за 09.11-15.11.2026 (код 7801-0412)",
             hcs="koi8-r", henc="B",
             body=plain(txt, "koi8-r", "quoted-printable"),
             desc="Trade-specific regulator phishing: fake notice from Russia's cinema box-office reporting system (EAIS, Fund "
                  "for Cinema) about missing session data and fines, link to a fake cinema account login",
             why="Look-alike domain eais-fondkino.ru on a Hetzner VPS, plain-HTTP login link; invented 3-day referral to the "
                 "Ministry of Culture; harvests the cinema's EAIS credentials (ticket data, reporting access).")


MESSAGES = [a37, a38, a39, a40]
