import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

export default function NotFoundPage() {
  usePageTitle('Página no encontrada');
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">Página no encontrada</h1>
      <p>La dirección que abriste no existe o cambió. Revisa que esté bien escrita.</p>
      <p>
        <Link to="/">Ir al inicio</Link>
      </p>
    </section>
  );
}
