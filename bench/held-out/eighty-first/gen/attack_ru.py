"""Russian attack messages (4)."""
import html as _h

import company as C
import files
import ids
import infra as I
from core import Text, Att, Multi, m, alt, html_wrap

W = C.who


@m('ru', 'tax-demand-encrypted-archive')
def a_fns(ctx):
    t = I.T(2026, 10, 22, 6, 45, 10)
    rcpt = W('irina.volkova')
    cip = '5.8.%d.%d' % (ctx.rng.randrange(1, 250), ctx.rng.randrange(2, 250))
    r = I.generic_smtp(ctx.rng, t, rcpt[1], 'vh388.timeweb.ru', 'vh388.timeweb.ru', '92.53.96.%d' % ctx.rng.randrange(10, 250), inner=[
        'from [%s] (helo=[127.0.0.1])\n\tby vh388.timeweb.ru with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96)\n\t(envelope-from <info@stroymontazh-nw.ru>)\n\tid %s\n\tfor %s;\n\t%s' % (
            cip, I.exim_id(ctx.rng), rcpt[1], I.rdate(I.plus(t, 1), 'MSK', '0'))], rp='<info@stroymontazh-nw.ru>')
    r.msgid = '<%s@stroymontazh-nw.ru>' % I.hexs(ctx.rng, 32)
    z = files.make_zip([('Требование_12-08_4417.pdf.exe', files.PLACEHOLDER),
                        ('Перечень_документов.pdf.scr', files.PLACEHOLDER)], password='12084417', seed=ctx.slug,
                       dt=(2026, 10, 22, 9, 30, 0))
    text = """Федеральная налоговая служба
Межрайонная ИФНС России № 15 по Санкт-Петербургу

ТРЕБОВАНИЕ № 12-08/4417
о представлении пояснений

В соответствии со статьями 31, 88 и 93 Налогового кодекса Российской
Федерации в связи с проведением камеральной налоговой проверки налоговой
декларации по НДС за 3 квартал 2026 года налогоплательщику
ООО «ЭКЗАМПЛ ГРУПП РУС» (ИНН {inn}) необходимо в течение пяти рабочих
дней представить пояснения и документы согласно перечню.

Непредставление пояснений влечёт ответственность по ст. 129.1 НК РФ, а
также может стать основанием для приостановления операций по счетам
(п. 3 ст. 76 НК РФ).

Текст требования и перечень документов - во вложении.
Архив защищён паролем в целях сохранения налоговой тайны.
Пароль: 12084417

Начальник отдела камеральных проверок № 2
советник государственной гражданской службы РФ 2 класса
""".format(inn=C.EG_RU_INN)
    root = Multi('mixed', [Text(text, 'plain', 'windows-1251', 'base64'),
                           Att(z, 'application/zip', 'Требование_ФНС_12-08_4417.zip', fname_style='2047', fname_charset='windows-1251')],
                 ctx.boundary(r, 'generic'))
    return ctx.build(r, 'phpmailer', ('Межрайонная ИФНС России № 15', 'info@stroymontazh-nw.ru'), [rcpt],
                     'Требование о представлении пояснений № 12-08/4417', I.rdate(t, 'MSK'), root, hcs='windows-1251', henc='B',
                     mailer=('X-Mailer', 'The Bat! (v10.4.2) Professional'),
                     what='Fake Federal Tax Service demand with a password-protected archive containing .pdf.exe / .pdf.scr files',
                     why='The FNS sends demands through accredited EDO operators (TKS), never as e-mail archives; sent from a compromised construction firm\'s mailbox on Timeweb shared hosting; executable/screensaver files behind fake PDF names; threat of account freeze')


@m('ru', 'supplier-lookalike-bank-details')
def a_zelmir(ctx):
    t = I.T(2026, 11, 12, 7, 20, 51)
    rcpt = W('irina.volkova')
    fake = 'buh@zelmir-spb.com'
    r = I.vps_postfix(ctx.rng, t, rcpt[1], 'mail.zelmir-spb.com', None, '147.45.%d.%d' % (ctx.rng.randrange(1, 250), ctx.rng.randrange(2, 250)),
                      fake, zone='MSK', webmail=False, client_ip='176.124.%d.%d' % (ctx.rng.randrange(1, 250), ctx.rng.randrange(2, 250)))
    r.msgid = '<000c01db%s$%s$%s@zelmir-spb.com>' % (I.hexs(ctx.rng, 4), I.hexs(ctx.rng, 8), I.hexs(ctx.rng, 8))
    text = """Добрый день, Ирина!

Уведомляем Вас о смене банковских реквизитов ООО «Зелёный Мир» в связи с
переводом расчётного обслуживания. Начиная с 12.11.2026 оплату по всем
счетам, в том числе по счёту № 1487 от 02.11.2026 на сумму 412 680,00 руб.,
просим производить по новым реквизитам:

Получатель: ООО «Зелёный Мир»
ИНН {inn}
Р/с {acc}
Банк: АО «ТБанк», г. Москва
БИК {bik}
К/с {corr}

Платежи на старый счёт в ПАО «Банк «Санкт-Петербург» с сегодняшнего дня
приниматься не будут и вернутся отправителю. Письмо за подписью
генерального директора во вложении, оригинал передадим с водителем.

Просим подтвердить получение ответным письмом.

С уважением,
Ольга Смирнова
главный бухгалтер
ООО «Зелёный Мир»
""".format(inn=C.ZEL_INN, acc=C.ZEL_FAKE_ACC, bik=C.ZEL_FAKE_BIK, corr=C.ZEL_FAKE_CORR)
    pdf = files.pdf([(13, True, 'OOO "Zelyony Mir"'), 'INN ' + C.ZEL_INN, '', (12, True, 'Uvedomlenie ob izmenenii bankovskikh rekvizitov'), '',
                     'Polychatel: OOO "Zelyony Mir"', 'R/s ' + C.ZEL_FAKE_ACC, 'Bank: AO "TBank", Moskva',
                     'BIK ' + C.ZEL_FAKE_BIK, 'K/s ' + C.ZEL_FAKE_CORR, '', 'Generalnyi direktor ____________'],
                    title='Uvedomlenie', author='buh', producer='Microsoft: Print To PDF', creator='Word',
                    date="D:20261112100000+03'00'")
    a = alt(ctx, r, text, None, 'koi8-r', 'quoted-printable', bstyle='outlook', lang='ru', font='Calibri, sans-serif')
    root = Multi('mixed', [a, Att(pdf, 'application/pdf', 'Uvedomlenie_rekvizity.pdf')], ctx.boundary(r, 'outlook'),
                 preamble='This is a multipart message in MIME format.')
    return ctx.build(r, 'outlook', ('Ольга Смирнова', fake), [rcpt], 'Смена банковских реквизитов ООО «Зелёный Мир»',
                     I.rdate(t, 'MSK'), root, hcs='koi8-r', henc='B', mailer=('X-Mailer', 'Microsoft Outlook 16.0'), lang_tag='ru',
                     what='Bank-detail change from a look-alike of supplier Zelyony Mir (zelmir-spb.com instead of zelmir-spb.ru) with a valid-looking Moscow account',
                     why='Look-alike domain on a VPS, the Saint Petersburg supplier suddenly banks in Moscow, old account "will bounce from today", unsigned scan promised, confirmation by reply only; the genuine supplier mails from Yandex 360 on zelmir-spb.ru')


@m('ru', 'edo-document-signature-phish')
def a_diadok(ctx):
    t = I.T(2026, 11, 25, 9, 3, 27)
    rcpt = W('irina.volkova')
    r = I.vps_postfix(ctx.rng, t, rcpt[1], 'mail.diadoc-edo.ru', 'vds%d.hosted-by-itldc.com' % ctx.rng.randrange(1000, 9999),
                      '45.147.%d.%d' % (ctx.rng.randrange(1, 250), ctx.rng.randrange(2, 250)), 'noreply@diadoc-edo.ru', zone='MSK')
    r.msgid = '<%s@diadoc-edo.ru>' % I.rs(ctx.rng, I.ALNUM, 40)
    url = 'https://diadoc-edo.ru/auth/login?ReturnUrl=%%2Fdocument%%2F%s' % I.ruuid(ctx.rng)
    text = """Контур.Диадок

Вам поступил документ, требующий подписи

Отправитель: ООО «Зелёный Мир» (ИНН {inn})
Получатель: ООО «ЭКЗАМПЛ ГРУПП РУС»
Документ: Акт сверки взаимных расчётов за 9 месяцев 2026 г.
Срок подписания: до 27.11.2026

Открыть документ:
{url}

Если документ не будет подписан или отклонён в срок, он будет считаться
согласованным. Для ознакомления копия документа приложена к письму.

С уважением, команда Контур.Диадок
""".format(inn=C.ZEL_INN, url=url)
    html = ('<div style="font-family:Arial,sans-serif;font-size:14px;max-width:600px">'
            '<p style="font-size:18px;color:#e8412c"><b>Контур.Диадок</b></p><p><b>Вам поступил документ, требующий подписи</b></p>'
            '<table style="font-size:14px"><tr><td>Отправитель:</td><td>ООО «Зелёный Мир» (ИНН %s)</td></tr>'
            '<tr><td>Документ:</td><td>Акт сверки взаимных расчётов за 9 месяцев 2026 г.</td></tr><tr><td>Срок:</td><td>до 27.11.2026</td></tr></table>'
            '<p><a href="%s" style="background:#1f87ef;color:#fff;padding:10px 22px;text-decoration:none">Открыть документ</a></p>'
            '<p style="font-size:12px;color:#777">С уважением, команда Контур.Диадок</p></div>') % (C.ZEL_INN, _h.escape(url))
    a = Multi('alternative', [Text(text, 'plain', 'utf-8', 'quoted-printable'),
                              Text(html_wrap(html, 'ru', 'Arial').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'quoted-printable')],
              ctx.boundary(r, 'phpmailer'))
    z = files.make_zip([('Акт_сверки_9м_2026_Зелёный_Мир.pdf.lnk', files.PLACEHOLDER)], seed=ctx.slug,
                       dt=(2026, 11, 25, 11, 58, 40))
    a = Multi('mixed', [a, Att(z, 'application/zip', 'Акт_сверки_9м_2026.zip', fname_style='2231')],
              ctx.boundary(r, 'phpmailer').replace('b1=_', 'b2=_'))
    return ctx.build(r, 'phpmailer', ('Контур.Диадок', 'noreply@diadoc-edo.ru'), [rcpt],
                     'Вам поступил документ на подпись: Акт сверки - ООО «Зелёный Мир»', I.rdate(t, 'MSK'), a, hcs='utf-8', henc='B',
                     mailer=('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
                     what='EDO phish: fake Kontur.Diadok notice of a reconciliation act from a real supplier, with a login link and an (unencrypted) ZIP holding a .pdf.lnk shortcut',
                     why='Real Diadok notices come from diadoc.ru / kontur.ru and never carry the document as a ZIP; this is a look-alike diadoc-edo.ru on a rented VDS using PHPMailer; login page harvests EDO credentials and the "act" is a Windows shortcut behind a PDF name; "will be deemed agreed" pressure')


@m('ru', 'yandex-disk-share-phish')
def a_disk(ctx):
    t = I.T(2026, 12, 14, 11, 48, 9)
    rcpt = W('dmitry.sokolov')
    r = I.brevo(ctx.rng, t, rcpt[1], 'yandex-disk-share.com')
    url = 'https://passport.yandex-disk-share.com/auth?retpath=https%%3A%%2F%%2Fdisk.yandex.ru%%2Fd%%2F%s' % I.rs(ctx.rng, I.ALNUM, 14)
    html = ('<div style="font-family:YS Text,Arial,sans-serif;font-size:15px;max-width:560px">'
            '<p style="font-size:20px"><b>Яндекс Диск</b></p>'
            '<p>Ольга Смирнова открыла вам доступ к папке <b>«Акт сверки 2026 и счета Q4»</b>.</p>'
            '<p style="color:#555">3 файла · 4,8 МБ · доступ до 21.12.2026</p>'
            '<p><a href="%s" style="background:#fc0;color:#000;padding:10px 24px;border-radius:8px;text-decoration:none">Открыть папку</a></p>'
            '<p style="font-size:12px;color:#999">Чтобы посмотреть файлы, войдите с Яндекс ID.<br>© 2026 ООО «Яндекс»</p></div>') % _h.escape(url)
    body = Text(html_wrap(html, 'ru', 'Arial').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'base64')
    return ctx.build(r, 'esp', ('Яндекс Диск', 'disk-noreply@yandex-disk-share.com'), [rcpt],
                     'Ольга Смирнова открыла вам доступ к папке «Акт сверки 2026 и счета Q4»', I.rdate(t, 'MSK'), body, hcs='utf-8', henc='B',
                     what='Fake Yandex Disk share notification leading to a fake Yandex ID login',
                     why='Sent through Brevo from yandex-disk-share.com, not from Yandex; the "passport" login host is a look-alike that only carries a disk.yandex.ru return path as decoration; uses a real supplier contact\'s name')


MESSAGES = [a_fns, a_zelmir, a_diadok, a_disk]
