import { pictogramMaker } from './define';
import type { ActivityCategory, Pictogram } from './types';

const activity = pictogramMaker<ActivityCategory>('activity');

/** What residents do in their week (PRODUCT.md §6), grouped as the picker shows them. */
export const ACTIVITIES: readonly Pictogram[] = [
  activity('work', 'go-to-work', '1F4BC', 'Aller au travail', 'Go to work'),
  activity('work', 'look-for-job', '1F50E', 'Chercher un travail', 'Look for a job'),
  activity('work', 'job-centre', '1F3E2', 'Aller à France Travail', 'Job centre (France Travail)'),
  activity('work', 'write-cv', '1F4C4', 'Faire un CV', 'Write a CV'),

  activity('family', 'school-run', '1F6B8', 'Emmener les enfants à l’école', 'School run'),
  activity('family', 'homework', '1F4DD', 'Aider aux devoirs', 'Help with homework'),
  activity('family', 'children-activities', '1F6DD', 'Activités des enfants', 'Children’s activities'),
  activity('family', 'school-meeting', '1F3EB', 'Rendez-vous à l’école', 'School meeting'),
  activity('family', 'childcare', '1F37C', 'Garde des enfants, crèche', 'Childcare, nursery'),
  activity('family', 'visit-family', '1F9D1-200D-1F9D1-200D-1F9D2', 'Voir la famille', 'Visit family'),

  activity('health', 'doctor', '1FA7A', 'Aller chez le médecin', 'Go to the doctor'),
  activity('health', 'pharmacy', 'E307', 'Aller à la pharmacie', 'Go to the pharmacy'),
  activity('health', 'hospital', '1F3E5', 'Aller à l’hôpital', 'Go to hospital'),
  activity('health', 'dentist', '1F9B7', 'Aller chez le dentiste', 'Go to the dentist'),
  activity(
    'health',
    'medical-appointment',
    '1F5D3',
    'Prendre un rendez-vous médical',
    'Book a medical appointment',
  ),

  activity('admin', 'paperwork', '1F4D1', 'Papiers, démarches', 'Paperwork'),
  activity('admin', 'caf', '1F9D1-200D-1F9D2', 'Aides de la CAF', 'Family benefits (CAF)'),
  activity('admin', 'taxes', '1F9FE', 'Impôts', 'Taxes'),
  activity('admin', 'prefecture', '1F3DB', 'Préfecture, titre de séjour', 'Prefecture, residence permit'),
  activity('admin', 'town-hall', 'E092', 'Aller à la mairie', 'Go to the town hall'),
  activity('admin', 'id-documents', '1FAAA', 'Carte d’identité, passeport', 'ID card, passport'),
  activity('admin', 'post-office', '1F4EE', 'Aller à La Poste', 'Go to the post office'),

  activity('money', 'bank', '1F3E6', 'Aller à la banque', 'Go to the bank'),
  activity('money', 'pay-bills', '1F4B6', 'Payer les factures', 'Pay the bills'),
  activity('money', 'online-shopping', '1F4E6', 'Acheter sur internet', 'Shop online'),

  activity('transport', 'bus-tram', '1F68D', 'Prendre le bus, le tram', 'Bus, tram'),
  activity('transport', 'car', '1F697', 'Prendre la voiture', 'Drive the car'),
  activity('transport', 'train', '1F686', 'Prendre le train', 'Take the train'),
  activity('transport', 'taxi', '1F695', 'Prendre un taxi', 'Take a taxi'),
  activity('transport', 'bike', '1F6B2', 'Faire du vélo', 'Ride a bike'),
  activity('transport', 'walk', '1F6B6', 'Marcher, se promener', 'Walk'),

  activity('communication', 'call-family', '1F4DE', 'Appeler la famille', 'Call family'),
  activity('communication', 'video-call', '1F4F9', 'Appel en vidéo', 'Video call'),
  activity('communication', 'messaging', 'E248', 'Envoyer des messages', 'Send messages'),
  activity('communication', 'social-networks', '1F44D', 'Réseaux sociaux', 'Social networks'),
  activity('communication', 'email', '1F4E7', 'Lire les e-mails', 'Read e-mails'),
  activity('communication', 'news', '1F4F0', 'Les infos, l’actualité', 'News'),
  activity('communication', 'search-internet', '1F310', 'Chercher sur internet', 'Search the internet'),

  activity('leisure', 'tv-video', '1F4FA', 'Télé, vidéos', 'TV, videos'),
  activity('leisure', 'music', '1F3B5', 'Écouter de la musique', 'Listen to music'),
  activity('leisure', 'sport', '26BD', 'Faire du sport', 'Do sport'),
  activity('leisure', 'worship', '1F6D0', 'Lieu de culte, prière', 'Worship, prayer'),
  activity('leisure', 'association', 'E249', 'Association, bénévolat', 'Association, volunteering'),
  activity('leisure', 'rest', '1F6CB', 'Se reposer', 'Rest'),
  activity('leisure', 'see-friends', '1F9D1-200D-1F91D-200D-1F9D1', 'Voir des amis', 'See friends'),
  activity('leisure', 'library', '1F4DA', 'Médiathèque, bibliothèque', 'Library'),
  activity('leisure', 'cinema', '1F3AC', 'Aller au cinéma', 'Go to the cinema'),
  activity('leisure', 'video-games', '1F3AE', 'Jouer aux jeux vidéo', 'Play video games'),
  activity('leisure', 'reading', '1F4D6', 'Lire un livre', 'Read a book'),
  activity('leisure', 'photos', '1F4F7', 'Prendre des photos', 'Take photos'),
  activity('leisure', 'park', '1F333', 'Aller au parc', 'Go to the park'),
  activity('leisure', 'gardening', '1F331', 'Jardiner', 'Gardening'),
  activity('leisure', 'holidays', '2708', 'Partir en vacances', 'Go on holiday'),

  activity('home', 'shopping', '1F6D2', 'Faire les courses', 'Shopping'),
  activity('home', 'market', '1F9FA', 'Aller au marché', 'Go to the market'),
  activity('home', 'cooking', '1F373', 'Faire à manger', 'Cook'),
  activity('home', 'laundry', 'E1CF', 'Faire la lessive', 'Do the laundry'),
  activity('home', 'cleaning', '1F9F9', 'Faire le ménage', 'Clean the house'),
  activity('home', 'housing', '1F3E0', 'Logement, bailleur', 'Housing, landlord'),
  activity('home', 'energy', '1F4A1', 'Électricité, gaz', 'Electricity, gas'),
  activity('home', 'repairs', '1F527', 'Réparer, bricoler', 'Repairs, DIY'),

  activity('learning', 'training-course', '1F393', 'Suivre une formation', 'Training course'),
  activity('learning', 'french-lessons', '1F524', 'Cours de français', 'French lessons'),
  activity(
    'learning',
    'digital-workshop',
    '1F9D1-200D-1F4BB',
    'Atelier numérique',
    'Digital skills workshop',
  ),
];
