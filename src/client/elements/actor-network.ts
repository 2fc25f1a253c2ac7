import { pageUrl } from '../site-paths';
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  select,
  type SimulationNodeDatum,
} from 'd3';

interface Node extends SimulationNodeDatum {
  id: string;
  name: string;
  count: number;
  side: string;
}
interface Link {
  source: string | Node;
  target: string | Node;
  weight: number;
}

/** D3 force layout of who appears with whom; each node links to the actor's page. */
class ActorNetwork extends HTMLElement {
  connectedCallback(): void {
    const raw = JSON.parse(document.getElementById('network-data')!.textContent!) as { nodes: Node[]; links: Link[] };
    const host = this.querySelector<HTMLElement>('.network')!;
    const width = host.clientWidth || 600;
    const height = host.clientHeight || 420;
    const svg = select(host)
      .append('svg')
      .attr('viewBox', `0 0 ${width} ${height}`)
      .attr('width', '100%')
      .attr('height', '100%')
      .attr('aria-label', 'Actor network');
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const sim = forceSimulation<Node>(raw.nodes)
      .force(
        'link',
        forceLink<Node, Link>(raw.links)
          .id((d) => d.id)
          .distance(90),
      )
      .force('charge', forceManyBody().strength(-220))
      .force('center', forceCenter(width / 2, height / 2))
      .force('collide', forceCollide(28));
    const link = svg
      .append('g')
      .attr('stroke', 'var(--line)')
      .selectAll('line')
      .data(raw.links)
      .join('line')
      .attr('stroke-width', (d) => 1 + d.weight);
    const color = (side: string) =>
      side === 'iran' ? 'var(--core)' : side === 'afghanistan' ? 'var(--context)' : 'var(--muted)';
    const node = svg
      .append('g')
      .selectAll('a')
      .data(raw.nodes)
      .join('a')
      .attr('href', (d) => pageUrl(`actors/${d.id}`))
      .attr('aria-label', (d) => `${d.name}: ${d.count} events`);
    node
      .append('circle')
      .attr('r', (d) => 5 + Math.sqrt(d.count) * 3)
      .attr('fill', (d) => color(d.side));
    node
      .append('text')
      .text((d) => d.name)
      .attr('x', 10)
      .attr('y', 4)
      .attr('font-size', 11)
      .attr('fill', 'var(--fg)');
    const tick = () => {
      link
        .attr('x1', (d) => (d.source as Node).x!)
        .attr('y1', (d) => (d.source as Node).y!)
        .attr('x2', (d) => (d.target as Node).x!)
        .attr('y2', (d) => (d.target as Node).y!);
      node.attr(
        'transform',
        (d) => `translate(${Math.max(10, Math.min(width - 10, d.x!))},${Math.max(10, Math.min(height - 10, d.y!))})`,
      );
    };
    if (reduce) {
      sim.stop();
      for (let i = 0; i < 300; i++) sim.tick();
      tick();
    } else sim.on('tick', tick);
  }
}
customElements.define('actor-network', ActorNetwork);
