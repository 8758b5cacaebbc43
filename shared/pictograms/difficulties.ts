import { pictogramMaker } from './define';
import type { DifficultyCategory, Pictogram } from './types';

const difficulty = pictogramMaker<DifficultyCategory>('difficulty');

/**
 * What gets in the way online (PRODUCT.md §6). Most images show the thing, not a crossed-out thing: a
 * difficulty sits under its activity on the board, so a plain printer there reads as "no printer".
 * `access` is about means (equipment, connection, money, time). Sight and hearing sit under `design`:
 * the barrier is a screen not made for them, not the person.
 */
export const DIFFICULTIES: readonly Pictogram[] = [
  difficulty('access', 'no-computer', '1F5A5', 'Pas d’ordinateur', 'No computer'),
  difficulty('access', 'no-smartphone', '1F4F5', 'Pas de smartphone', 'No smartphone'),
  difficulty(
    'access',
    'no-printer-scanner',
    '1F5A8',
    'Pas d’imprimante, de scanner',
    'No printer or scanner',
  ),
  difficulty('access', 'no-internet-at-home', 'E254', 'Pas d’internet à la maison', 'No internet at home'),
  difficulty('access', 'no-signal', '1F4F6', 'Pas de réseau', 'No signal'),
  difficulty('access', 'data-plan-too-expensive', '1F4B8', 'Forfait trop cher', 'Data plan too expensive'),
  difficulty('access', 'old-phone', '1F4F1', 'Téléphone trop vieux', 'Phone too old'),
  difficulty('access', 'flat-battery', '1FAAB', 'Batterie vide, pas de chargeur', 'Flat battery, no charger'),
  difficulty('access', 'equipment-cost', '1F45B', 'Le matériel coûte cher', 'Equipment costs too much'),
  difficulty('access', 'no-time', '231B', 'Pas le temps', 'No time'),
  difficulty('access', 'app-wont-install', '1F4F2', 'L’appli ne s’installe pas', 'The app won’t install'),

  difficulty('skills', 'forgot-password', '1F511', 'Mot de passe oublié', 'Forgot my password'),
  difficulty('skills', 'no-email-address', '1F4ED', 'Pas d’adresse e-mail', 'No e-mail address'),
  difficulty(
    'skills',
    'dont-understand-words',
    '2753',
    'Je ne comprends pas les mots',
    'I don’t understand the words',
  ),
  difficulty('skills', 'language', '1F5E3', 'Je parle peu le français', 'I speak little French'),
  difficulty('skills', 'scan-document', '1F4F8', 'Scanner un papier', 'Scanning a document'),
  difficulty('skills', 'attach-file', '1F4CE', 'Joindre un document', 'Attaching a file'),
  difficulty('skills', 'keyboard', 'E1D1', 'Écrire avec le clavier', 'Typing on a keyboard'),
  difficulty(
    'skills',
    'where-to-start',
    '1F937',
    'Je ne sais pas par où commencer',
    'I don’t know where to start',
  ),

  difficulty('trust', 'fear-of-mistakes', '1F630', 'Peur de me tromper', 'Afraid of making a mistake'),
  difficulty('trust', 'fear-of-scams', '1F977', 'Peur des arnaques', 'Afraid of scams'),
  difficulty('trust', 'personal-data', 'E1C4', 'Peur pour mes données', 'Worried about my data'),
  difficulty('trust', 'paying-online', '1F4B3', 'Peur de payer sur internet', 'Afraid to pay online'),

  difficulty('design', 'form-too-long', '1F4DC', 'Formulaire trop long', 'Form too long'),
  difficulty('design', 'too-fast', '23E9', 'Ça va trop vite', 'Too fast'),
  difficulty('design', 'too-complicated', '1F635-200D-1F4AB', 'Trop compliqué', 'Too complicated'),
  difficulty(
    'design',
    'online-only-appointment',
    '1F4C5',
    'Rendez-vous seulement en ligne',
    'Appointments online only',
  ),
  difficulty('design', 'too-many-ads', '1F4E2', 'Trop de publicités', 'Too many ads and pop-ups'),
  difficulty('design', 'sms-code', '1F522', 'Code reçu par SMS', 'Code sent by text message'),
  difficulty('design', 'captcha', '1F916', 'Je ne suis pas un robot', 'CAPTCHA: “I am not a robot”'),
  difficulty('design', 'qr-code', 'E1D8', 'Les QR codes', 'QR codes'),
  difficulty('design', 'logged-out', 'E0AB', 'Déconnecté trop vite', 'Logged out too quickly'),
  difficulty('design', 'account-locked', '1F512', 'Compte bloqué', 'Account locked'),
  difficulty('design', 'sight', '1F453', 'Je vois mal', 'Poor eyesight'),
  difficulty('design', 'hearing', '1F9BB', 'J’entends mal', 'Hard of hearing'),

  difficulty('help', 'nobody-to-help', '1F9CD', 'Personne pour m’aider', 'Nobody to help me'),
  difficulty('help', 'children-do-it', '1F9D2', 'Mes enfants font pour moi', 'My children do it for me'),
  difficulty('help', 'counter-closed', '1F6CE', 'Plus de guichet', 'No counter to go to'),
  difficulty('help', 'phone-wait', '260E', 'Attente au téléphone', 'Long waits on the phone'),
];
