import { pictogramMaker } from './define';
import type { AvatarCategory, Pictogram } from './types';

const avatar = pictogramMaker<AvatarCategory>('avatar');

/** What a resident picks to be recognised without a name: no human faces, so no gender or skin colour. */
export const AVATARS: readonly Pictogram[] = [
  avatar('animal', 'fox', '1F98A', 'Renard', 'Fox'),
  avatar('animal', 'turtle', '1F422', 'Tortue', 'Turtle'),
  avatar('animal', 'owl', '1F989', 'Chouette', 'Owl'),
  avatar('animal', 'bee', '1F41D', 'Abeille', 'Bee'),
  avatar('animal', 'butterfly', '1F98B', 'Papillon', 'Butterfly'),
  avatar('animal', 'penguin', '1F427', 'Pingouin', 'Penguin'),
  avatar('animal', 'elephant', '1F418', 'Éléphant', 'Elephant'),
  avatar('animal', 'giraffe', '1F992', 'Girafe', 'Giraffe'),
  avatar('animal', 'hedgehog', '1F994', 'Hérisson', 'Hedgehog'),
  avatar('animal', 'rabbit', '1F407', 'Lapin', 'Rabbit'),
  avatar('animal', 'cat', '1F408', 'Chat', 'Cat'),
  avatar('animal', 'snail', '1F40C', 'Escargot', 'Snail'),
  avatar('animal', 'ladybird', '1F41E', 'Coccinelle', 'Ladybird'),
  avatar('animal', 'whale', '1F433', 'Baleine', 'Whale'),
  avatar('animal', 'parrot', '1F99C', 'Perroquet', 'Parrot'),
  avatar('animal', 'octopus', '1F419', 'Pieuvre', 'Octopus'),

  avatar('fruit', 'apple', '1F34E', 'Pomme', 'Apple'),
  avatar('fruit', 'banana', '1F34C', 'Banane', 'Banana'),
  avatar('fruit', 'strawberry', '1F353', 'Fraise', 'Strawberry'),
  avatar('fruit', 'watermelon', '1F349', 'Pastèque', 'Watermelon'),
  avatar('fruit', 'pineapple', '1F34D', 'Ananas', 'Pineapple'),
  avatar('fruit', 'cherries', '1F352', 'Cerises', 'Cherries'),
  avatar('fruit', 'avocado', '1F951', 'Avocat', 'Avocado'),
  avatar('fruit', 'lemon', '1F34B', 'Citron', 'Lemon'),

  avatar('thing', 'rocket', '1F680', 'Fusée', 'Rocket'),
  avatar('thing', 'star', '2B50', 'Étoile', 'Star'),
  avatar('thing', 'rainbow', '1F308', 'Arc-en-ciel', 'Rainbow'),
  avatar('thing', 'sunflower', '1F33B', 'Tournesol', 'Sunflower'),
  avatar('thing', 'cactus', '1F335', 'Cactus', 'Cactus'),
  avatar('thing', 'mushroom', '1F344', 'Champignon', 'Mushroom'),
  avatar('thing', 'kite', '1FA81', 'Cerf-volant', 'Kite'),
  avatar('thing', 'sailboat', '26F5', 'Voilier', 'Sailboat'),
];
